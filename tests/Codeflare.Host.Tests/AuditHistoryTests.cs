using System.Net;
using System.Text.Json;

namespace Codeflare.Host.Tests;

/// <summary>An auditor finds a session without knowing its id, deleted or not, and reads its whole story.</summary>
public sealed class AuditHistoryTests(AuditLogFixture log) : IClassFixture<AuditLogFixture>
{
    [Fact]
    public async Task An_auditor_finds_a_deleted_session_in_the_directory_and_reads_its_whole_history()
    {
        var found = await (await log.Auditor.GetAsync("/api/audit/sessions?q=ZEBRA")).JsonAsync();
        var session = Assert.Single(found.GetProperty("sessions").EnumerateArray());
        var history = await (await log.Auditor.GetAsync($"/api/sessions/{session.GetProperty("id").GetString()}/history")).JsonAsync();

        Assert.Equal(log.DeletedSession, session.GetProperty("id").GetString());
        Assert.True(session.GetProperty("deleted").GetBoolean());
        Assert.Equal("throwaway-zebra", session.GetProperty("name").GetString());
        Assert.Equal(AuditLogFixture.DeveloperEmail, session.GetProperty("ownerEmail").GetString());
        var types = history.GetProperty("entries").EnumerateArray().Select(entry => entry.GetProperty("type").GetString()).ToList();
        Assert.Equal(["session.created", "session.deleted"], types.Take(2));
        Assert.All(history.GetProperty("entries").EnumerateArray(), entry => Assert.Equal(log.DeletedSession, entry.GetProperty("session").GetString()));
    }

    [Fact]
    public async Task The_directory_lists_every_session_newest_first_and_narrows_by_owner()
    {
        var all = await (await log.Admin.GetAsync("/api/audit/sessions")).JsonAsync();
        var mine = await (await log.Auditor.GetAsync($"/api/audit/sessions?owner={log.AdminId}")).JsonAsync();

        Assert.Equal([log.DeletedSession, log.KeptSession], all.GetProperty("sessions").EnumerateArray().Select(session => session.GetProperty("id").GetString()));
        Assert.Equal("api-refactor-2", all.GetProperty("sessions")[1].GetProperty("name").GetString());
        Assert.Empty(mine.GetProperty("sessions").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await log.Auditor.GetAsync("/api/audit/sessions?owner=someone")).StatusCode);
    }

    [Fact]
    public async Task Reading_a_history_is_itself_recorded_on_it()
    {
        await log.Auditor.GetAsync($"/api/sessions/{log.KeptSession}/history");

        var reads = await log.EntriesAsync($"type=audit.history_read&session={log.KeptSession}");
        Assert.NotEmpty(reads);
        Assert.StartsWith("auditor@example.com read the history of session 'api-refactor-2'", reads[0].GetProperty("summary").GetString());
    }

    [Fact]
    public async Task A_developer_may_not_read_a_history_and_the_refusal_is_audited()
    {
        var response = await log.Developer.GetAsync($"/api/sessions/{log.KeptSession}/history");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("forbidden", await response.ProblemCodeAsync());
        Assert.NotEmpty(await log.EntriesAsync($"type=security.access_denied&actor={log.DeveloperId}"));
    }

    [Fact]
    public async Task A_session_that_never_existed_has_no_history()
    {
        var response = await log.Auditor.GetAsync($"/api/sessions/{Guid.NewGuid()}/history");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
