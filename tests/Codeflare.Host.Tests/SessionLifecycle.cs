using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Codeflare.Host.Tests;

/// <summary>Create, start and follow sessions through the API, as the web UI does.</summary>
internal static class SessionLifecycle
{
    public static async Task<string> CreateSessionAsync(this HttpClient client, string name = "work", string agent = "bash", string tier = "small")
    {
        var response = await client.PostAsJsonAsync("/api/sessions", new { name, agent, tier });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> StatusAsync(this HttpClient client, string sessionId)
    {
        var response = await client.GetAsync($"/api/sessions/{sessionId}/status");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    /// <summary>Polls the status until it is <paramref name="status"/> (failing on <c>failed</c> unless that is wanted).</summary>
    public static async Task<JsonElement> WaitForStatusAsync(this HttpClient client, string sessionId, string status, TimeSpan? limit = null)
    {
        JsonElement current = default;
        await SessionEngine.WithinAsync(limit ?? TimeSpan.FromSeconds(60), async () =>
        {
            current = await client.StatusAsync(sessionId);
            var now = current.GetProperty("status").GetString();
            if (now == "failed" && status != "failed") Assert.Fail($"The session failed: {current}");
            return now == status;
        }, $"session {sessionId} {status}");
        return current;
    }

    public static async Task<JsonElement> StartAndWaitAsync(this HttpClient client, string sessionId)
    {
        var started = await client.PostAsync($"/api/sessions/{sessionId}/start", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        return await client.WaitForStatusAsync(sessionId, "running");
    }

    /// <summary>An admin's running session and a token that may use it (for the hub tests).</summary>
    public static async Task<(string Token, string SessionId)> RunningSessionWithTokenAsync(this FreshHost host)
    {
        var (admin, _) = await host.FirstAdminAsync();
        var sessionId = await admin.CreateSessionAsync();
        await admin.StartAndWaitAsync(sessionId);
        return (await admin.CreateTokenAsync("sessions.own"), sessionId);
    }
}
