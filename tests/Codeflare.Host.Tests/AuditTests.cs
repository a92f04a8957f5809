using System.Net;
using System.Text.Json;
using Codeflare.Audit.Features.ListAuditEvents;
using Codeflare.Audit.Filtering;
using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Host.Tests;

public sealed class AuditTests(AuditLogFixture log) : IClassFixture<AuditLogFixture>
{
    [Fact]
    public async Task Pages_walk_the_whole_log_newest_first_without_gaps_or_repeats()
    {
        var all = Sequences(await log.EntriesAsync(""));
        var walked = new List<long>();
        string? cursor = null;
        do
        {
            var page = await (await log.Auditor.GetAsync("/api/audit?limit=3" + (cursor is null ? "" : $"&cursor={cursor}"))).JsonAsync();
            walked.AddRange(Sequences(page.GetProperty("entries").EnumerateArray()));
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextCursor").GetInt64().ToString();
        } while (cursor is not null);

        Assert.True(all.Count >= 10);
        Assert.Equal(all.OrderByDescending(sequence => sequence), all);
        Assert.Equal(all.Where(sequence => sequence <= walked[0]), walked);
    }

    [Fact]
    public async Task Oldest_first_reverses_the_order()
    {
        var newest = Sequences(await log.EntriesAsync(""));
        var oldest = Sequences(await log.EntriesAsync("order=oldest"));

        Assert.Equal(newest.Where(sequence => sequence <= oldest[^1]).Reverse(), oldest.Where(sequence => sequence <= newest[0]));
    }

    [Fact]
    public async Task Each_filter_narrows_to_exactly_the_entries_it_names()
    {
        var all = await log.EntriesAsync("order=oldest");
        async Task Narrows(string query, Func<JsonElement, bool> keeps)
        {
            var filtered = await log.EntriesAsync($"order=oldest&{query}");
            var expected = all.Where(keeps).ToList();
            Assert.NotEmpty(expected);
            Assert.True(expected.Count < all.Count, $"{query} keeps everything");
            Assert.Equal(Sequences(expected), Sequences(filtered).Where(sequence => sequence <= Sequences(all)[^1]));
        }

        await Narrows($"actor={log.AdminId}", entry => Text(entry, "actor") == log.AdminId.ToString());
        await Narrows("actor=anonymous", entry => Text(entry, "actor") == "anonymous");
        await Narrows($"user={log.DeveloperId}", entry => Text(entry, "user") == log.DeveloperId.ToString());
        await Narrows($"session={log.KeptSession}", entry => Text(entry, "session") == log.KeptSession);
        await Narrows("module=sessions", entry => Text(entry, "module") == "sessions");
        await Narrows("type=session.renamed", entry => Text(entry, "type") == "session.renamed");
        await Narrows("q=ZEBRA", entry => Text(entry, "summary")!.Contains("zebra", StringComparison.OrdinalIgnoreCase));
        await Narrows($"type=session.created&user={log.DeveloperId}",
            entry => Text(entry, "type") == "session.created" && Text(entry, "user") == log.DeveloperId.ToString());
        var middle = all[all.Count / 2].GetProperty("time").GetDateTimeOffset();
        await Narrows($"from={Uri.EscapeDataString(middle.ToString("O"))}", entry => entry.GetProperty("time").GetDateTimeOffset() >= middle);
        await Narrows($"to={Uri.EscapeDataString(middle.ToString("O"))}", entry => entry.GetProperty("time").GetDateTimeOffset() <= middle);
    }

    [Fact]
    public async Task A_session_event_is_about_its_owner_and_says_what_happened_in_words()
    {
        var created = Assert.Single(await log.EntriesAsync($"type=session.created&session={log.KeptSession}"));
        var renamed = Assert.Single(await log.EntriesAsync($"type=session.renamed&session={log.KeptSession}"));

        Assert.Equal("dev@example.com created session 'api-refactor' (bash, small tier)", Text(created, "summary"));
        Assert.Equal("dev@example.com renamed session 'api-refactor' to 'api-refactor-2'", Text(renamed, "summary"));
        Assert.Equal(AuditLogFixture.DeveloperEmail, Text(renamed, "actorEmail"));
        Assert.Equal(log.DeveloperId.ToString(), Text(renamed, "user"));
        Assert.Equal("sessions", Text(renamed, "module"));
        Assert.False(string.IsNullOrEmpty(Text(renamed, "correlationId")));
        Assert.Equal("api-refactor-2", renamed.GetProperty("data").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=501")]
    [InlineData("limit=ten")]
    [InlineData("cursor=-3")]
    [InlineData("cursor=abc")]
    [InlineData("type=Robert');drop")]
    [InlineData("type=SessionCreated")]
    [InlineData("module=billing")]
    [InlineData("actor=bob")]
    [InlineData("user=not-a-guid")]
    [InlineData("session=123")]
    [InlineData("from=yesterday")]
    [InlineData("to=2026-13-45")]
    [InlineData("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")]
    [InlineData("order=sideways")]
    public async Task A_bad_filter_is_a_400_and_appends_nothing(string query)
    {
        var before = await log.Host.EventCountAsync();

        var response = await log.Auditor.GetAsync($"/api/audit?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("validation_failed", await response.ProblemCodeAsync());
        Assert.Equal(before, await log.Host.EventCountAsync());
    }

    [Fact]
    public async Task A_caller_without_the_permission_is_refused_and_the_refusal_is_audited()
    {
        var developer = Guid.NewGuid();

        await Assert.ThrowsAsync<ForbiddenException>(() => log.Host.Factory.SendAsync(
            new ListAuditEventsQuery(new AuditFilterArguments(), new AuditPaging()), developer, Permission.OwnSessions));

        var denied = Assert.Single(await log.EntriesAsync($"type=security.access_denied&actor={developer}"));
        Assert.Equal(Permission.ReadAudit, denied.GetProperty("data").GetProperty("permission").GetString());
        Assert.Equal("security", Text(denied, "module"));
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.GetProperty(name).ValueKind == JsonValueKind.Null ? null : entry.GetProperty(name).ToString();

    private static List<long> Sequences(IEnumerable<JsonElement> entries) => entries.Select(entry => entry.GetProperty("sequence").GetInt64()).ToList();
}
