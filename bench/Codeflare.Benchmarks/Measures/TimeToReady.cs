using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Codeflare.Benchmarks.Targets;
using Microsoft.AspNetCore.SignalR.Client;

namespace Codeflare.Benchmarks.Measures;

// SPEC §10 "time to ready agent", cold: from `POST …/start` of a new bash session until the first
// byte of tab 1's prompt reaches a hub client (the status is polled every 10 ms; the client attaches
// as soon as it says running). Each run uses a new session, deleted afterwards.
internal static class TimeToReady
{
    public static async Task<IReadOnlyList<double>> MeasureAsync(Uri baseUrl, string token, int runs, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var created = await http.PostAsJsonAsync("/api/sessions", new { name = $"bench-ready-{run}", agent = "bash" }, ct);
            created.EnsureSuccessStatusCode();
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
            try
            {
                var watch = Stopwatch.StartNew();
                (await http.PostAsync($"/api/sessions/{id}/start", null, ct)).EnsureSuccessStatusCode();
                while ((await http.GetFromJsonAsync<JsonElement>($"/api/sessions/{id}/status", ct)).GetProperty("status").GetString() != "running")
                {
                    if (watch.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"Session {id} was not running within 60 s.");
                    await Task.Delay(10, ct);
                }
                await FirstPromptByteAsync(baseUrl, token, id, ct);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            finally
            {
                await http.DeleteAsync($"/api/sessions/{id}", CancellationToken.None);
            }
        }
        return times;
    }

    private static async Task FirstPromptByteAsync(Uri baseUrl, string token, Guid sessionId, CancellationToken ct)
    {
        await using var hub = HubTarget.Connect(baseUrl, token);
        await hub.StartAsync(ct);
        using var attached = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await foreach (var map in hub.StreamAsync<Dictionary<string, object?>>("Attach", sessionId, 1, 200, 50, 0L, attached.Token))
        {
            // The workspace prompt ends in `# ` (root); its first byte is what the user sees first.
            if (Array.IndexOf(HubChunk.From(map).Data, (byte)'#') >= 0) break;
        }
        await attached.CancelAsync();
    }
}
