using System.Text.Json;

namespace Codeflare.Host.Tests;

/// <summary>What the workspace-sync tests share: the settings of a syncing host, a look into a session, the sync's traces.</summary>
internal static class SyncTesting
{
    public const string Home = "/home/dev";

    public static Dictionary<string, string?> SyncSettings(TestBucket bucket, string? storeUrl = null) => new(bucket.Settings)
    {
        ["Sessions:Sync:Enabled"] = "true", ["Sessions:Sync:Interval"] = "00:00:02", ["Sessions:Sync:FirstRetry"] = "00:00:01",
        ["Storage:ServiceUrl"] = storeUrl ?? bucket.Settings["Storage:ServiceUrl"],
    };

    /// <summary>Short deadlines and one final try, for containers that misbehave on purpose.</summary>
    public static Dictionary<string, string?> HostileSettings(TestBucket bucket, string interval = "00:00:02") => new(bucket.Settings)
    {
        ["Sessions:Sync:Enabled"] = "true", ["Sessions:Sync:Interval"] = interval, ["Sessions:Sync:FirstRetry"] = "00:00:01",
        ["Sessions:Sync:ExecTimeout"] = "00:00:02", ["Sessions:Sync:Timeout"] = "00:00:20", ["Sessions:Sync:FinalAttempts"] = "1",
    };

    public static async Task<string> ReadInSessionAsync(string sessionId, string path) =>
        (await SessionEngine.ExecAsync(sessionId, "cat", $"{Home}/{path}")).Output;

    /// <summary>Replaces the container's <c>find</c> (what the sync lists files with) by a script of the attacker's.</summary>
    public static Task ReplaceFindAsync(string sessionId, string script) =>
        SessionEngine.ExecAsync(sessionId, "sh", "-c", $"printf '#!/bin/sh\\n{script}\\n' > /usr/bin/find && chmod +x /usr/bin/find");

    public static async Task<string> AuditAsync(HttpClient client, string type) =>
        await (await client.GetAsync($"/api/audit?type={type}&limit=100")).Content.ReadAsStringAsync();

    /// <summary>Waits for <paramref name="count"/> more syncs of the session (its status's last sync time moving on).</summary>
    public static async Task SyncsAsync(HttpClient client, string sessionId, int count)
    {
        for (var seen = 0; seen < count; seen++)
        {
            var last = (await client.StatusAsync(sessionId)).GetProperty("lastSyncAt").GetDateTimeOffset();
            await SessionEngine.WithinAsync(TimeSpan.FromSeconds(20), async () =>
                (await client.StatusAsync(sessionId)).GetProperty("lastSyncAt").GetDateTimeOffset() > last, "another sync");
        }
    }

    public static async Task<int> CountAsync(HttpClient client, string sessionId, string type)
    {
        var entries = (await (await client.GetAsync($"/api/audit?type={type}&limit=500")).JsonAsync()).GetProperty("entries");
        return entries.EnumerateArray().Count(entry => entry.GetRawText().Contains(sessionId));
    }
}
