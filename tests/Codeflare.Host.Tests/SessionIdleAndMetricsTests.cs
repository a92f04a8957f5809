using System.Net;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §3 idle stop and metrics, with short timings configured.</summary>
public sealed class SessionIdleAndMetricsTests
{
    [Fact]
    public async Task An_unattended_quiet_session_stops_with_reason_idle_and_its_status_said_when()
    {
        await using var host = await FreshHost.StartAsync(new Dictionary<string, string?>
        {
            ["Sessions:Idle:Timeout"] = "00:00:03", ["Sessions:Idle:CheckInterval"] = "00:00:00.500", ["Sessions:Idle:MetricsInterval"] = "00:00:01",
        });
        var (admin, _) = await host.FirstAdminAsync();
        var id = await admin.CreateSessionAsync();

        var running = await admin.StartAndWaitAsync(id);
        var readAt = DateTimeOffset.UtcNow;
        var stopped = await admin.WaitForStatusAsync(id, "stopped", TimeSpan.FromSeconds(15));

        // When it became ready plus the 3 s timeout: ahead of the moment the status was read, by at most the timeout.
        Assert.InRange(running.GetProperty("idleStopAt").GetDateTimeOffset(), readAt.AddSeconds(-1), readAt.AddSeconds(3));
        Assert.Equal("idle", stopped.GetProperty("reason").GetString());
        Assert.Null(await SessionEngine.InspectAsync(id));
    }

    [Fact]
    public async Task A_busy_agent_keeps_its_session_past_the_idle_timeout_until_the_unattended_limit()
    {
        await using var host = await FreshHost.StartAsync(new Dictionary<string, string?>
        {
            ["Sessions:Idle:Timeout"] = "00:00:03", ["Sessions:Idle:MaxUnattended"] = "00:00:09",
            ["Sessions:Idle:CheckInterval"] = "00:00:00.500", ["Sessions:Idle:MetricsInterval"] = "00:00:01",
        });
        var (admin, _) = await host.FirstAdminAsync();
        var id = await admin.CreateSessionAsync();
        await admin.StartAndWaitAsync(id);

        // An "agent" burning CPU in tab 1 while nobody is attached.
        await SessionEngine.ExecAsync(id, "tmux", "send-keys", "-t", "1", "while :; do :; done", "Enter");
        await Task.Delay(TimeSpan.FromSeconds(5));
        var busy = await admin.StatusAsync(id);
        var stopped = await admin.WaitForStatusAsync(id, "stopped", TimeSpan.FromSeconds(15));

        Assert.Equal("running", busy.GetProperty("status").GetString());
        Assert.Contains("agent activity", busy.GetProperty("keepAlive").EnumerateArray().Select(reason => reason.GetString()));
        // Above the busy threshold (5 % of a core) the policy used; how far above depends on what else the machine runs.
        Assert.True(busy.GetProperty("metrics").GetProperty("cpuPercent").GetDouble() > 5);
        Assert.Equal("idle", stopped.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Status_shows_memory_and_its_limit_and_disk_use_sampled_from_the_engine()
    {
        await using var host = await FreshHost.StartAsync(new Dictionary<string, string?> { ["Sessions:Idle:MetricsInterval"] = "00:00:01" });
        var (admin, _) = await host.FirstAdminAsync();
        var id = await admin.CreateSessionAsync(tier: "small");
        await admin.StartAndWaitAsync(id);
        await SessionEngine.ExecAsync(id, "sh", "-c", "head -c 20000000 /dev/urandom > /home/dev/workspace/blob");

        System.Text.Json.JsonElement metrics = default;
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(10), async () =>
        {
            var status = await admin.StatusAsync(id);
            if (status.GetProperty("metrics").ValueKind != System.Text.Json.JsonValueKind.Object) return false;
            metrics = status.GetProperty("metrics");
            return metrics.GetProperty("diskBytes").ValueKind == System.Text.Json.JsonValueKind.Number;
        }, "metrics sampled");

        Assert.Equal(1024L * 1024 * 1024, metrics.GetProperty("memoryLimitBytes").GetInt64());
        Assert.InRange(metrics.GetProperty("memoryBytes").GetInt64(), 1, 1024L * 1024 * 1024);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/sessions/status")).StatusCode);
    }
}
