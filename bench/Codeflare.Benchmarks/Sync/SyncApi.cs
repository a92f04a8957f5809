using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Codeflare.Benchmarks.Sync;

/// <summary>What the sync rows read from Codeflare's API: who the bench user is, a session's status, and the sync events in the audit.</summary>
internal sealed class SyncApi(Uri baseUrl, string token) : IDisposable
{
    private readonly HttpClient http = Create(baseUrl, token);

    public async Task<Guid> UserIdAsync(CancellationToken ct) =>
        (await http.GetFromJsonAsync<JsonElement>("/api/me", ct)).GetProperty("id").GetGuid();

    public async Task<JsonElement> StatusAsync(Guid sessionId, CancellationToken ct) =>
        await http.GetFromJsonAsync<JsonElement>($"/api/sessions/{sessionId}/status", ct);

    /// <summary>The newest event of <paramref name="type"/> on the session's stream after <paramref name="after"/>, or null.</summary>
    public async Task<JsonElement?> LatestEventAsync(Guid sessionId, string type, DateTimeOffset after, CancellationToken ct)
    {
        var page = await http.GetFromJsonAsync<JsonElement>($"/api/audit?type={type}&order=newest&limit=20", ct);
        foreach (var entry in page.GetProperty("entries").EnumerateArray())
            if (entry.GetProperty("streamId").GetGuid() == sessionId && entry.GetProperty("timestamp").GetDateTimeOffset() > after)
                return entry.GetProperty("data");
        return null;
    }

    public async Task<JsonElement> WaitForEventAsync(Guid sessionId, string type, DateTimeOffset after, TimeSpan limit, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + limit;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (await LatestEventAsync(sessionId, type, after, ct) is { } data) return data;
            await Task.Delay(250, ct);
        }
        throw new TimeoutException($"No {type} for session {sessionId} within {limit}.");
    }

    private static HttpClient Create(Uri baseUrl, string token)
    {
        var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public void Dispose() => http.Dispose();
}
