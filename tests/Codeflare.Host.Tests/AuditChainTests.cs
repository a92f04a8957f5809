using System.Net;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §7's tamper evidence, attacked the way someone with write access to PostgreSQL would.</summary>
public sealed class AuditChainTests : IAsyncLifetime
{
    private TestBucket bucket = null!;
    private FreshHost host = null!;
    private HttpClient auditor = null!;
    private ChainTampering database = null!;

    public async Task InitializeAsync()
    {
        bucket = await TestBucket.CreateAsync("chain");
        host = await FreshHost.StartAsync(bucket.Settings);
        database = new ChainTampering(host.ConnectionString);
        var (admin, _) = await host.FirstAdminAsync();
        (auditor, _) = await host.InvitedAsync(admin, "auditor@example.com", "auditor");
        await admin.CreateSessionAsync("chain-me");
        await admin.CreateSessionAsync("after-me");
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        bucket.Dispose();
    }

    [Fact]
    public async Task A_fresh_store_is_valid_and_an_edited_event_is_named_as_the_first_broken_one_until_restored()
    {
        var fresh = await VerifyAsync();
        var target = await database.SequenceOfAsync("data->>'name' = 'chain-me'");
        var original = await database.RowAsync(target);

        await database.ExecuteAsync($"update codeflare.mt_events set data = jsonb_set(data, '{{name}}', '\"innocent\"') where seq_id = {target}");
        var edited = await VerifyAsync();
        await database.RestoreAsync(target, original);
        var restored = await VerifyAsync();

        Assert.True(fresh.GetProperty("valid").GetBoolean(), fresh.GetRawText());
        Assert.True(fresh.GetProperty("checkedEvents").GetInt64() >= 8, fresh.GetRawText());
        Assert.Equal(fresh.GetProperty("chainedThrough").GetInt64(), fresh.GetProperty("head").GetProperty("sequence").GetInt64());
        Assert.False(edited.GetProperty("valid").GetBoolean());
        Assert.Equal(target, edited.GetProperty("firstBrokenSequence").GetInt64());
        Assert.True(restored.GetProperty("valid").GetBoolean(), restored.GetRawText());
    }

    [Theory]
    [InlineData("update codeflare.mt_events set timestamp = timestamp + interval '1 second' where seq_id = {0}")]
    [InlineData("update codeflare.mt_events set correlation_id = 'forged' where seq_id = {0}")]
    [InlineData("update codeflare.mt_events set headers = coalesce(headers, '{{}}'::jsonb) || '{{\"client-ip\": \"10.9.9.9\"}}' where seq_id = {0}")]
    [InlineData("delete from codeflare.mt_events where seq_id = {0}")]
    [InlineData("delete from codeflare.audit_chain where sequence = {0}")]
    public async Task Changing_an_events_time_or_metadata_or_deleting_it_or_its_link_breaks_the_chain_exactly_there(string tamper)
    {
        await VerifyAsync();
        var target = await database.SequenceOfAsync("data->>'name' = 'chain-me'");
        var original = await database.RowAsync(target);

        await database.ExecuteAsync(string.Format(tamper, target));
        var tampered = await VerifyAsync();
        if (tamper.Contains("mt_events")) await database.RestoreAsync(target, original);
        var afterwards = await VerifyAsync();

        Assert.False(tampered.GetProperty("valid").GetBoolean(), tampered.GetRawText());
        Assert.Equal(target, tampered.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Equal(tamper.Contains("mt_events"), afterwards.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task A_sequence_left_by_a_rolled_back_append_is_not_a_break()
    {
        await database.RollBackAnAppendAsync(host.Factory.Services.GetRequiredService<IDocumentStore>());
        await auditor.GetAsync("/api/audit");

        var result = await VerifyAsync();

        Assert.True(await database.GapsAsync() > 0, "no gap was left in the sequence");
        Assert.True(result.GetProperty("valid").GetBoolean(), result.GetRawText());
    }

    [Fact]
    public async Task Every_verification_is_recorded_and_readiness_shows_a_broken_chain()
    {
        await VerifyAsync();
        var target = await database.SequenceOfAsync("data->>'name' = 'after-me'");
        await database.ExecuteAsync($"update codeflare.mt_events set data = jsonb_set(data, '{{tier}}', '\"large\"') where seq_id = {target}");
        await VerifyAsync();

        var ready = await host.Factory.CreateClient().GetAsync("/health/ready");
        var audit = (await ready.JsonAsync()).GetProperty("entries").GetProperty("audit");
        var recorded = await (await auditor.GetAsync("/api/audit?type=audit.chain_verified&order=newest")).JsonAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", audit.GetProperty("status").GetString());
        Assert.Contains($"broken at event {target}", audit.GetProperty("description").GetString());
        var newest = recorded.GetProperty("entries")[0];
        Assert.StartsWith($"auditor@example.com verified the audit hash chain: broken at event {target:N0}", newest.GetProperty("summary").GetString());
        Assert.True(recorded.GetProperty("entries").GetArrayLength() >= 2);
    }

    private async Task<JsonElement> VerifyAsync()
    {
        var response = await auditor.GetAsync("/api/audit/verify");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }
}
