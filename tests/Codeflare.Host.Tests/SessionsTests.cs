using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Codeflare.Host.Tests;

public sealed class SessionsTests
{
    [Fact]
    public async Task A_developer_creates_lists_reads_renames_and_deletes_a_session()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var (developer, developerId) = await host.InvitedAsync(admin, "dev@example.com", "developer");

        var created = await developer.PostAsJsonAsync("/api/sessions", new { name = "  api work ", agent = "claude", tier = "large" });
        var session = await created.JsonAsync();
        var id = session.GetProperty("id").GetString();
        var renamed = await developer.PatchAsJsonAsync($"/api/sessions/{id}", new { name = "api refactor" });
        var read = await (await developer.GetAsync($"/api/sessions/{id}")).JsonAsync();
        var listed = await (await developer.GetAsync("/api/sessions")).JsonAsync();
        var deleted = await developer.DeleteAsync($"/api/sessions/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("api work", "claude", "large", "created", developerId.ToString()),
            (Text(session, "name"), Text(session, "agent"), Text(session, "tier"), Text(session, "status"), Text(session, "ownerId")));
        Assert.Equal(HttpStatusCode.NoContent, renamed.StatusCode);
        Assert.Equal("api refactor", Text(read, "name"));
        Assert.Equal(id, Text(Assert.Single(listed.EnumerateArray()), "id"));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await developer.GetAsync($"/api/sessions/{id}")).StatusCode);
        Assert.Empty((await (await developer.GetAsync("/api/sessions")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task The_agent_and_tier_default_to_bash_and_standard()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();

        var session = await (await admin.PostAsJsonAsync("/api/sessions", new { name = "defaults" })).JsonAsync();

        Assert.Equal(("bash", "standard"), (Text(session, "agent"), Text(session, "tier")));
    }

    [Fact]
    public async Task One_session_more_than_the_limit_is_409_limit_reached_and_appends_nothing()
    {
        await using var host = await FreshHost.StartAsync(new Dictionary<string, string?> { ["Sessions:MaxSessionsPerUser"] = "2" });
        var (admin, _) = await host.FirstAdminAsync();
        await admin.PostAsJsonAsync("/api/sessions", new { name = "one" });
        await admin.PostAsJsonAsync("/api/sessions", new { name = "two" });

        var third = await admin.PostAsJsonAsync("/api/sessions", new { name = "three" });

        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        Assert.Equal("limit_reached", await third.ProblemCodeAsync());
        Assert.Equal(2, await host.EventCountAsync("session_created"));
    }

    [Theory]
    [InlineData("", "bash", "standard")]
    [InlineData("   ", "bash", "standard")]
    [InlineData("tab\tinside", "bash", "standard")]
    [InlineData("ok", "vim", "standard")]
    [InlineData("ok", "bash", "huge")]
    public async Task Bad_session_input_is_400_and_appends_nothing(string name, string agent, string tier)
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var eventsBefore = await host.EventCountAsync();

        var response = await admin.PostAsJsonAsync("/api/sessions", new { name, agent, tier });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("validation_failed", await response.ProblemCodeAsync());
        Assert.Equal(eventsBefore, await host.EventCountAsync());
    }

    [Fact]
    public async Task A_name_of_101_characters_is_refused_and_100_accepted()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/sessions", new { name = new string('n', 101) })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/sessions", new { name = new string('n', 100) })).StatusCode);
    }

    [Fact]
    public async Task Another_user_cannot_see_rename_or_delete_a_session_but_an_admin_can()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var (owner, _) = await host.InvitedAsync(admin, "owner@example.com", "developer");
        var (stranger, _) = await host.InvitedAsync(admin, "stranger@example.com", "developer");
        var id = Text(await (await owner.PostAsJsonAsync("/api/sessions", new { name = "mine" })).JsonAsync(), "id");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/sessions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PatchAsJsonAsync($"/api/sessions/{id}", new { name = "theirs" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/sessions/{id}")).StatusCode);
        Assert.Empty((await (await stranger.GetAsync("/api/sessions")).JsonAsync()).EnumerateArray());

        Assert.Single((await (await admin.GetAsync("/api/admin/sessions")).JsonAsync()).EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/sessions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/sessions/{id}")).StatusCode);
        var deleted = Assert.Single((await (await admin.GetAsync("/api/audit?type=session.deleted")).JsonAsync()).GetProperty("entries").EnumerateArray());
        Assert.Equal("admin", deleted.GetProperty("data").GetProperty("reason").GetString());
    }

    private static string? Text(JsonElement element, string property) => element.GetProperty(property).GetString();
}
