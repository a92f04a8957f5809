using System.Net;
using System.Text.Json;

namespace Codeflare.Host.Tests;

/// <summary>
/// The chain anchored outside PostgreSQL: whoever rewrites the database can recompute every link, but not the
/// checkpoints already in the object store. Checkpoints and the periodic check run every second here.
/// </summary>
public sealed class AuditCheckpointTests : IAsyncLifetime
{
    private TestBucket bucket = null!;
    private FreshHost host = null!;
    private HttpClient auditor = null!;
    private ChainTampering database = null!;

    private Dictionary<string, string?> Settings => new(bucket.Settings)
    {
        ["Audit:CheckpointInterval"] = "00:00:01",
        ["Audit:ChainVerifyInterval"] = "00:00:01",
    };

    public async Task InitializeAsync()
    {
        bucket = await TestBucket.CreateAsync("checkpoint");
        host = await FreshHost.StartAsync(Settings);
        database = new ChainTampering(host.ConnectionString);
        var (admin, _) = await host.FirstAdminAsync();
        (auditor, _) = await host.InvitedAsync(admin, "auditor@example.com", "auditor");
        await admin.CreateSessionAsync("anchor-me");
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        bucket.Dispose();
    }

    [Fact]
    public async Task The_head_is_written_to_the_object_store_under_the_instances_prefix_and_recorded()
    {
        var target = await database.SequenceOfAsync("data->>'name' = 'anchor-me'");
        var checkpoint = await CheckpointPastAsync(target);
        var link = await database.LinkAsync(checkpoint.Sequence);
        var recorded = await (await auditor.GetAsync("/api/audit?type=audit.checkpoint")).JsonAsync();

        Assert.Equal(link, checkpoint.Link);
        Assert.Contains(recorded.GetProperty("entries").EnumerateArray(), entry =>
            entry.GetProperty("summary").GetString()!.Contains($"anchored the audit hash chain at event {checkpoint.Sequence:N0}"));
        Assert.True((await VerifyAsync(auditor)).GetProperty("checkedCheckpoints").GetInt32() >= 1);
    }

    [Fact]
    public async Task A_chain_recomputed_in_the_database_after_an_edit_is_still_caught_by_the_checkpoints()
    {
        var target = await database.SequenceOfAsync("data->>'name' = 'anchor-me'");
        var checkpoint = await CheckpointPastAsync(target);
        await host.DisposeAsync();

        // The attacker edits the event, throws the chain away and lets the product rebuild it from the edited log.
        await database.ExecuteAsync($"update codeflare.mt_events set data = jsonb_set(data, '{{name}}', '\"innocent\"') where seq_id = {target}");
        await database.ExecuteAsync("delete from codeflare.audit_chain; delete from codeflare.mt_event_progression where name = 'audit-chain:All'");
        host = FreshHost.StartOn(host.ConnectionString, Settings);
        await database.WaitForChainAsync(TimeSpan.FromSeconds(60));
        var again = host.Factory.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.NoContent, (await again.SignInAsync("auditor@example.com")).StatusCode);
        var result = await VerifyAsync(again);

        Assert.False(result.GetProperty("valid").GetBoolean(), result.GetRawText());
        Assert.True(result.GetProperty("chainedThrough").GetInt64() >= checkpoint.Sequence, result.GetRawText());
        Assert.True(result.GetProperty("brokenCheckpoint").GetInt64() >= target, result.GetRawText());
        Assert.True(result.GetProperty("firstBrokenSequence").GetInt64() <= target, result.GetRawText());
        Assert.True(checkpoint.Sequence >= result.GetProperty("brokenCheckpoint").GetInt64());
    }

    [Fact]
    public async Task The_periodic_check_turns_readiness_unhealthy_without_anyone_asking()
    {
        var target = await database.SequenceOfAsync("data->>'name' = 'anchor-me'");
        await CheckpointPastAsync(target);

        await database.ExecuteAsync($"delete from codeflare.mt_events where seq_id = {target}");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement audit;
        HttpResponseMessage ready;
        do
        {
            ready = await host.Factory.CreateClient().GetAsync("/health/ready");
            audit = (await ready.JsonAsync()).GetProperty("entries").GetProperty("audit");
        } while (audit.GetProperty("status").GetString() == "Healthy" && DateTime.UtcNow < deadline && await Pause());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", audit.GetProperty("status").GetString());
        Assert.Contains($"broken at event {target}", audit.GetProperty("description").GetString());
    }

    private static async Task<bool> Pause()
    {
        await Task.Delay(200);
        return true;
    }

    /// <summary>Waits until the store holds a checkpoint at or past <paramref name="sequence"/>.</summary>
    private async Task<(long Sequence, string Link)> CheckpointPastAsync(long sequence)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var checkpoints = (await bucket.KeysAsync()).Where(key => key.StartsWith("audit/checkpoints/", StringComparison.Ordinal))
                .Select(key => Path.GetFileNameWithoutExtension(key).Split('-'))
                .Select(parts => (Sequence: long.Parse(parts[0]), Link: parts[1]))
                .Where(checkpoint => checkpoint.Sequence >= sequence).ToList();
            if (checkpoints.Count > 0) return checkpoints.MinBy(checkpoint => checkpoint.Sequence);
            await Task.Delay(200);
        }
        throw new TimeoutException($"no checkpoint reached event {sequence} within 30 s");
    }

    private static async Task<JsonElement> VerifyAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/audit/verify");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }
}
