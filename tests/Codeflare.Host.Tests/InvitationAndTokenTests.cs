using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Codeflare.Host.Tests;

public sealed class InvitationAndTokenTests
{
    [Fact]
    public async Task An_invitation_works_once()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var token = await admin.InviteAsync("dev@example.com", "developer");
        var anonymous = host.Factory.CreateClient();

        var first = await anonymous.AcceptAsync(token);
        var again = await anonymous.AcceptAsync(token, "another password entirely");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.SignInAsync("dev@example.com")).StatusCode);
    }

    [Fact]
    public async Task An_invitation_expires_after_72_hours()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await FreshHost.StartAsync(services: services => services.AddSingleton<TimeProvider>(clock));
        var (admin, _) = await host.FirstAdminAsync();
        var token = await admin.InviteAsync("dev@example.com", "developer");

        clock.Advance(TimeSpan.FromHours(72));
        var response = await host.Factory.CreateClient().AcceptAsync(token);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(0, await host.EventCountAsync("invitation_accepted"));
    }

    [Fact]
    public async Task A_withdrawn_invitation_is_refused()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var invite = await admin.PostAsJsonAsync("/api/users/invitations", new { email = "dev@example.com", roles = new[] { "developer" } });
        var body = await invite.JsonAsync();

        await admin.DeleteAsync($"/api/users/invitations/{body.GetProperty("id").GetString()}");
        var response = await host.Factory.CreateClient().AcceptAsync(body.GetProperty("acceptUrl").GetString()!.Split('#')[1]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Theory]
    [InlineData("cf_inv_0123456789abcdef0123456789abcdef_guess")]
    [InlineData("not a token at all")]
    public async Task A_forged_invitation_token_finds_nothing(string token)
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var real = await admin.InviteAsync("dev@example.com", "developer");
        var sameIdWrongSecret = real[..^4] + "AAAA";

        Assert.Equal(HttpStatusCode.NotFound, (await host.Factory.CreateClient().AcceptAsync(token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Factory.CreateClient().AcceptAsync(sameIdWrongSecret)).StatusCode);
    }

    [Fact]
    public async Task Inviting_an_existing_user_is_a_conflict()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();

        var response = await admin.PostAsJsonAsync("/api/users/invitations", new { email = "ADMIN@example.com", roles = new[] { "developer" } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task A_token_acts_only_within_its_scopes()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var auditOnly = host.WithToken(await admin.CreateTokenAsync("audit.read"));

        var audit = await auditOnly.GetAsync("/api/audit");
        var users = await auditOnly.GetAsync("/api/users");

        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
        Assert.Equal("forbidden", await users.ProblemCodeAsync());
    }

    [Fact]
    public async Task A_token_cannot_be_given_a_permission_its_creator_lacks()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var (developer, _) = await host.InvitedAsync(admin, "dev@example.com", "developer");

        var response = await developer.PostAsJsonAsync("/api/me/tokens", new { name = "sneaky", scopes = new[] { "users.manage" }, expiresInDays = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_token_is_shown_once_listed_with_its_last_use_and_dead_after_revocation()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var token = await admin.CreateTokenAsync("profile.own");
        var script = host.WithToken(token);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/me")).StatusCode);

        var listed = Assert.Single((await (await admin.GetAsync("/api/me/tokens")).JsonAsync()).EnumerateArray());
        var revoke = await admin.DeleteAsync($"/api/me/tokens/{listed.GetProperty("id").GetString()}");

        Assert.DoesNotContain(token[^20..], listed.GetRawText());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, listed.GetProperty("lastUsedAt").ValueKind);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/me")).StatusCode);
        Assert.Equal(1, await host.EventCountAsync("api_token_first_used"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public async Task A_token_lives_one_to_365_days(int days)
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();

        var response = await admin.PostAsJsonAsync("/api/me/tokens", new { name = "x", scopes = new[] { "profile.own" }, expiresInDays = days });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_developer_calling_an_admin_endpoint_gets_403_and_an_AccessDenied_naming_the_permission()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var (developer, developerId) = await host.InvitedAsync(admin, "dev@example.com", "developer");

        var response = await developer.GetAsync("/api/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var denied = Assert.Single((await (await admin.GetAsync("/api/audit?type=security.access_denied")).JsonAsync()).GetProperty("entries").EnumerateArray());
        Assert.Equal("users.manage", denied.GetProperty("data").GetProperty("permission").GetString());
        Assert.Equal(developerId.ToString(), denied.GetProperty("actor").GetString());
    }
}
