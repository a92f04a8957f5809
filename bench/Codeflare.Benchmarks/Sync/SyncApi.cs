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

    /// <summary>The newest sync event of <paramref name="type"/> about the session after <paramref name="after"/>, or null (sync events name their session in their data; they have a stream of their own).</summary>
    public async Task<JsonElement?> LatestEventAsync(Guid sessionId, string type, DateTimeOffset after, CancellationToken ct)
    {
        var page = await http.GetFromJsonAsync<JsonElement>($"/api/audit?type={type}&order=newest&limit=20", ct);
        foreach (var entry in page.GetProperty("entries").EnumerateArray())
            if (entry.GetProperty("data").GetProperty("sessionId").GetGuid() == sessionId && entry.GetProperty("time").GetDateTimeOffset() > after)
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

    /// <summary>The first sync after the change that carried all changed files up (a sync may catch the change half made).</summary>
    public async Task<JsonElement> WaitForUploadAsync(Guid sessionId, DateTimeOffset after, int files, CancellationToken ct, TimeSpan? limit = null)
    {
        var wait = limit ?? TimeSpan.FromMinutes(10);
        var deadline = DateTimeOffset.UtcNow + wait;
        var since = after;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var synced = await WaitForEventAsync(sessionId, "WorkspaceSynced", since, deadline - DateTimeOffset.UtcNow, ct);
            if (synced.GetProperty("filesUp").GetInt32() >= files) return synced;
            since = synced.GetProperty("syncedAt").GetDateTimeOffset();
        }
        throw new TimeoutException($"The changed files were not synced within {wait}.");
    }

    /// <summary>Waits for the next sync (after the current one) that found nothing to do, and returns its duration.</summary>
    public async Task<double> NextQuietSyncAsync(Guid sessionId, CancellationToken ct)
    {
        var first = (await StatusAsync(sessionId, ct)).GetProperty("lastSyncAt");
        var after = first.ValueKind == JsonValueKind.String ? first.GetDateTimeOffset() : DateTimeOffset.MinValue;
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await Task.Delay(500, ct);
            var status = await StatusAsync(sessionId, ct);
            if (status.GetProperty("lastSyncAt") is { ValueKind: JsonValueKind.String } at && at.GetDateTimeOffset() > after
                && status.GetProperty("lastSyncDurationMs").ValueKind == JsonValueKind.Number)
                return status.GetProperty("lastSyncDurationMs").GetDouble() / 1000;
        }
        throw new TimeoutException("No quiet sync within 5 minutes.");
    }

    /// <summary>A sync event's own duration, in seconds.</summary>
    public static double Seconds(JsonElement syncEvent) => syncEvent.GetProperty("durationMs").GetDouble() / 1000;

    private static HttpClient Create(Uri baseUrl, string token)
    {
        var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public void Dispose() => http.Dispose();
}
