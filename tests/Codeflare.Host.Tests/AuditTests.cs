using System.Net;
using System.Text.Json;
using Codeflare.Audit.Features.ListAuditEvents;
using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Host.Tests;

public sealed class AuditTests : IAsyncLifetime
{
    private FreshHost host = null!;
    private HttpClient admin = null!;
    private string adminId = "";

    public async Task InitializeAsync()
    {
        host = await FreshHost.StartAsync();
        admin = host.Factory.CreateBrowserClient();
        var created = await admin.CreateAdminAsync(host.Factory.SetupCode);
        adminId = (await created.JsonAsync()).GetProperty("id").GetString()!;
        await admin.SignInAsync(password: "wrong password, twice over");
        await admin.SignInAsync();
        await admin.SignInAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Pages_walk_the_whole_log_newest_first_without_gaps_or_repeats()
    {
        var all = await SequencesAsync("/api/audit?limit=500");
        var walked = new List<long>();
        string? cursor = null;
        do
        {
            var page = await (await admin.GetAsync("/api/audit?limit=2" + (cursor is null ? "" : $"&cursor={cursor}"))).JsonAsync();
            walked.AddRange(page.GetProperty("entries").EnumerateArray().Select(entry => entry.GetProperty("sequence").GetInt64()));
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextCursor").GetInt64().ToString();
        } while (cursor is not null);

        Assert.True(all.Count >= 6);
        Assert.Equal(all.OrderByDescending(sequence => sequence), all);
        Assert.Equal(all, walked);
    }

    [Fact]
    public async Task Oldest_first_reverses_the_order()
    {
        var newest = await SequencesAsync("/api/audit");
        var oldest = await SequencesAsync("/api/audit?order=oldest");

        Assert.Equal(newest.AsEnumerable().Reverse(), oldest);
    }

    [Fact]
    public async Task Filters_by_type_actor_and_time()
    {
        var signIns = await EntriesAsync("/api/audit?type=SignedIn");
        var byAdmin = await EntriesAsync($"/api/audit?actor={adminId}");
        var beforeEverything = await EntriesAsync("/api/audit?to=2000-01-01T00:00:00Z");
        var sinceAnHourAgo = await EntriesAsync($"/api/audit?from={DateTimeOffset.UtcNow.AddHours(-1):O}".Replace("+", "%2B"));

        Assert.Equal(2, signIns.Count);
        Assert.All(signIns, entry => Assert.Equal("SignedIn", entry.GetProperty("type").GetString()));
        Assert.NotEmpty(byAdmin);
        Assert.All(byAdmin, entry => Assert.Equal(adminId, entry.GetProperty("actor").GetString()));
        Assert.Empty(beforeEverything);
        Assert.Equal((await EntriesAsync("/api/audit")).Count, sinceAnHourAgo.Count);
    }

    [Theory]
    [InlineData("/api/audit?limit=0")]
    [InlineData("/api/audit?limit=501")]
    [InlineData("/api/audit?cursor=-3")]
    [InlineData("/api/audit?type=Robert');drop")]
    [InlineData("/api/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")]
    public async Task A_bad_filter_is_a_400(string path)
    {
        var response = await admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("validation_failed", await response.ProblemCodeAsync());
    }

    [Fact]
    public async Task A_caller_without_the_permission_is_refused_and_the_refusal_is_audited()
    {
        var developer = Guid.NewGuid();

        await Assert.ThrowsAsync<ForbiddenException>(() => host.Factory.SendAsync(
            new ListAuditEventsQuery(null, null, null, null, null, 10, AuditOrder.Newest), developer, Permission.OwnSessions));

        var denied = Assert.Single(await EntriesAsync("/api/audit?type=AccessDenied"));
        Assert.Equal(developer.ToString(), denied.GetProperty("actor").GetString());
        Assert.Equal(Permission.ReadAudit, denied.GetProperty("data").GetProperty("permission").GetString());
        Assert.Equal("security", denied.GetProperty("module").GetString());
    }

    private async Task<List<JsonElement>> EntriesAsync(string path)
    {
        var response = await admin.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("entries").EnumerateArray().ToList();
    }

    private async Task<List<long>> SequencesAsync(string path) =>
        (await EntriesAsync(path)).Select(entry => entry.GetProperty("sequence").GetInt64()).ToList();
}
