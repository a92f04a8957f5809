using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using static Codeflare.Host.Tests.SyncTesting;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §7's per-session history of a session that really ran: on the real engine, hub and store.</summary>
public sealed class SessionHistoryTests
{
    [Fact]
    public async Task An_auditor_reads_a_real_sessions_lifecycle_attaches_syncs_and_refusals_in_order()
    {
        using var bucket = await TestBucket.CreateAsync("history");
        await using var host = await FreshHost.StartAsync(SyncSettings(bucket));
        var (admin, _) = await host.FirstAdminAsync();
        var (developer, developerId) = await host.InvitedAsync(admin, "dev@example.com", "developer");
        var (stranger, _) = await host.InvitedAsync(admin, "stranger@example.com", "developer");
        var (auditor, _) = await host.InvitedAsync(admin, "auditor@example.com", "auditor");
        // Full sync carries workspace/, so the file written there below is a change the sync records (a sync with nothing to do is no event).
        await developer.PatchAsJsonAsync("/api/me/preferences", new { syncMode = "full" });
        var id = await developer.CreateSessionAsync("history");
        await developer.StartAndWaitAsync(id);

        await using (var terminal = await TerminalClient.ConnectAsync(host, await developer.CreateTokenAsync("sessions.own")))
        {
            await terminal.AttachAsync(id);
            await terminal.InputAsync(id, "mkdir -p ~/workspace/app && echo kept > ~/workspace/app/notes.md && echo written-$((6*7))\r");
            await terminal.WaitForAsync("written-42");
            await SyncsAsync(developer, id, 2);
            await terminal.DetachAsync();
        }
        await using (var intruder = await TerminalClient.ConnectAsync(host, await stranger.CreateTokenAsync("sessions.own")))
            await Assert.ThrowsAsync<HubException>(() => intruder.AttachAsync(id));
        await developer.PostAsync($"/api/sessions/{id}/stop", null);
        await developer.WaitForStatusAsync(id, "stopped");

        var entries = await HistoryAsync(auditor, id, "session.stopped");
        var types = entries.Select(entry => entry.GetProperty("type").GetString()!).ToList();
        AssertInOrder(types,
            "session.created", "session.started", "session.container_started", "session.ready", "terminal.attached",
            "workspace.synced", "terminal.detached", "terminal.call_refused", "session.stop_requested", "session.stopped");
        Assert.Equal(entries.Select(e => e.GetProperty("sequence").GetInt64()).Order(), entries.Select(e => e.GetProperty("sequence").GetInt64()));
        Assert.All(entries, entry => Assert.Equal(id, entry.GetProperty("session").GetString()));
        var attach = entries.First(entry => entry.GetProperty("type").GetString() == "terminal.attached");
        Assert.Equal(developerId.ToString(), attach.GetProperty("actor").GetString());
        Assert.Equal("dev@example.com", attach.GetProperty("actorEmail").GetString());
        Assert.False(string.IsNullOrEmpty(attach.GetProperty("clientIp").GetString()));
        var stopped = entries.Last(entry => entry.GetProperty("type").GetString() == "session.stopped");
        Assert.Contains("user", stopped.GetProperty("summary").GetString());
        // The file written through the terminal went up in one of the syncs, and the history says so.
        Assert.Contains(entries, entry => entry.GetProperty("type").GetString() == "workspace.synced"
            && entry.GetProperty("data").GetProperty("filesUp").GetInt32() > 0);
    }

    private static async Task<List<JsonElement>> HistoryAsync(HttpClient auditor, string id, string last)
    {
        List<JsonElement> entries = [];
        // The history reads the audit read model, which follows the events asynchronously.
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(20), async () =>
        {
            var history = await (await auditor.GetAsync($"/api/sessions/{id}/history?limit=500")).JsonAsync();
            entries = [.. history.GetProperty("entries").EnumerateArray()];
            return entries.Any(entry => entry.GetProperty("type").GetString() == last);
        }, $"{last} in the history");
        return entries;
    }

    private static void AssertInOrder(IReadOnlyList<string> types, params string[] expected)
    {
        var at = 0;
        foreach (var type in types)
            if (at < expected.Length && type == expected[at]) at++;
        Assert.True(at == expected.Length, $"expected {string.Join(", ", expected)} in this order within {string.Join(", ", types)}; missing from {expected.ElementAtOrDefault(at)}");
    }
}
