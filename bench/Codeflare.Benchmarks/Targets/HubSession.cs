using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Codeflare.Benchmarks.Targets;

// A bash session made through the HTTP API of SPEC §14 for the hub rows
// (create → start → wait for `running`), deleted afterwards. Used when no --hub-session is given.
internal sealed class HubSession(HttpClient http, Guid id) : IAsyncDisposable
{
    public Guid Id { get; } = id;

    public static async Task<HubSession> CreateAsync(Uri baseUrl, string token, CancellationToken ct, TimeSpan? startLimit = null)
    {
        var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var created = await http.PostAsJsonAsync("/api/sessions", new { name = $"bench-{DateTime.UtcNow:yyyyMMddHHmmss}", agent = "bash" }, ct);
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        var session = new HubSession(http, id);
        try
        {
            (await http.PostAsync($"/api/sessions/{id}/start", null, ct)).EnsureSuccessStatusCode();
            await session.WaitUntilRunningAsync(startLimit ?? TimeSpan.FromSeconds(60), ct);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
        return session;
    }

    private async Task WaitUntilRunningAsync(TimeSpan limit, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + limit;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var status = await http.GetFromJsonAsync<JsonElement>($"/api/sessions/{Id}/status", ct);
            var state = status.GetProperty("status").GetString();
            if (state == "running") return;
            if (state == "failed") throw new InvalidOperationException($"Session {Id} failed to start: {status}");
            await Task.Delay(100, ct);
        }
        throw new TimeoutException($"Session {Id} was not running within {limit}.");
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await http.DeleteAsync($"/api/sessions/{Id}", timeout.Token);
        }
        finally
        {
            http.Dispose();
        }
    }
}
