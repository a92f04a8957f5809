using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §3, §14: preferences and up to three presets per user, and what creating a session takes from them.</summary>
public sealed class PreferencesAndPresetsTests
{
    [Fact]
    public async Task Preferences_start_at_the_defaults_change_field_by_field_and_give_new_sessions_their_agent()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();

        var defaults = await (await admin.GetAsync("/api/me/preferences")).JsonAsync();
        var changed = await admin.PatchAsJsonAsync("/api/me/preferences", new { defaultAgent = "codex", fontSize = 16, idleTimeoutMinutes = 60 });
        var partly = await admin.PatchAsJsonAsync("/api/me/preferences", new { theme = "dark" });
        var read = await (await admin.GetAsync("/api/me/preferences")).JsonAsync();
        var session = await (await admin.PostAsJsonAsync("/api/sessions", new { name = "from preferences" })).JsonAsync();

        Assert.Equal((14, "system", "bash", "config"), (defaults.GetProperty("fontSize").GetInt32(), Text(defaults, "theme"), Text(defaults, "defaultAgent"), Text(defaults, "syncMode")));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (changed.StatusCode, partly.StatusCode));
        Assert.Equal((16, "dark", "codex", 60), (read.GetProperty("fontSize").GetInt32(), Text(read, "theme"), Text(read, "defaultAgent"), read.GetProperty("idleTimeoutMinutes").GetInt32()));
        Assert.Equal("codex", Text(session, "agent"));
        Assert.Equal(2, await host.EventCountAsync("preferences_changed"));
    }

    [Theory]
    [InlineData("{\"fontSize\":7}")]
    [InlineData("{\"theme\":\"neon\"}")]
    [InlineData("{\"defaultAgent\":\"vim\"}")]
    [InlineData("{\"syncMode\":\"everything\"}")]
    [InlineData("{\"idleTimeoutMinutes\":1}")]
    [InlineData("{\"idleTimeoutMinutes\":100000}")]
    public async Task Bad_preferences_are_400_and_change_nothing(string body)
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var before = await host.EventCountAsync();

        var response = await admin.PatchAsync("/api/me/preferences", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await host.EventCountAsync());
    }

    [Fact]
    public async Task A_user_keeps_up_to_three_presets_and_a_session_made_from_one_takes_its_agent_tabs_and_tiling()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var (developer, _) = await host.InvitedAsync(admin, "dev@example.com", "developer");

        var created = await admin.PostAsJsonAsync("/api/me/presets", new { name = "pair", agent = "claude", tabs = new[] { "bash", "codex" }, tiling = 2 });
        var presetId = Text(await created.JsonAsync(), "id");
        await admin.PostAsJsonAsync("/api/me/presets", new { name = "two" });
        await admin.PostAsJsonAsync("/api/me/presets", new { name = "three" });
        var fourth = await admin.PostAsJsonAsync("/api/me/presets", new { name = "four" });
        var renamed = await admin.PatchAsJsonAsync($"/api/me/presets/{presetId}", new { name = "pairing" });
        var session = await (await admin.PostAsJsonAsync("/api/sessions", new { name = "from preset", presetId })).JsonAsync();
        var strangerUse = await developer.PostAsJsonAsync("/api/sessions", new { name = "borrowed", presetId });
        var strangerDelete = await developer.DeleteAsync($"/api/me/presets/{presetId}");
        var deleted = await admin.DeleteAsync($"/api/me/presets/{presetId}");
        var listed = await (await admin.GetAsync("/api/me/presets")).JsonAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, fourth.StatusCode);
        Assert.Equal("limit_reached", await fourth.ProblemCodeAsync());
        Assert.Equal("pairing", Text(await renamed.JsonAsync(), "name"));
        Assert.Equal(("claude", 2), (Text(session, "agent"), session.GetProperty("tiling").GetInt32()));
        Assert.Equal(["bash", "codex"], session.GetProperty("tabs").EnumerateArray().Select(tab => tab.GetString()));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (strangerUse.StatusCode, strangerDelete.StatusCode));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(["three", "two"], listed.EnumerateArray().Select(preset => Text(preset, "name")));
    }

    [Fact]
    public async Task A_session_layout_changes_through_patch_and_bad_layouts_are_400()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var id = await admin.CreateSessionAsync();

        var changed = await admin.PatchAsJsonAsync($"/api/sessions/{id}", new { tabs = new[] { "bash", "gemini", "bash" }, tiling = 3 });
        var tooMany = await admin.PatchAsJsonAsync($"/api/sessions/{id}", new { tabs = new[] { "bash", "bash", "bash", "bash", "bash", "bash" } });
        var badTiling = await admin.PatchAsJsonAsync($"/api/sessions/{id}", new { tiling = 5 });
        var empty = await admin.PatchAsJsonAsync($"/api/sessions/{id}", new { });
        var read = await (await admin.GetAsync($"/api/sessions/{id}")).JsonAsync();

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.All([tooMany, badTiling, empty], response => Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode));
        Assert.Equal(3, read.GetProperty("tiling").GetInt32());
        Assert.Equal(["bash", "gemini", "bash"], read.GetProperty("tabs").EnumerateArray().Select(tab => tab.GetString()));
    }

    private static string Text(JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
