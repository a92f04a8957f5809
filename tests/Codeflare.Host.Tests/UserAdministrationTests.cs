using System.Net;
using System.Net.Http.Json;
using Codeflare.Identity.Contracts;
using Marten;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Host.Tests;

public sealed class UserAdministrationTests
{
    [Fact]
    public async Task The_last_enabled_admin_can_be_neither_demoted_disabled_nor_deleted()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, adminId) = await host.FirstAdminAsync();
        var eventsBefore = await host.EventCountAsync();

        var demote = await admin.PutAsJsonAsync($"/api/users/{adminId}/roles", new { roles = new[] { "developer" } });
        var disable = await admin.PostAsync($"/api/users/{adminId}/disable", null);
        var delete = await admin.DeleteAsync($"/api/users/{adminId}");

        foreach (var response in new[] { demote, disable, delete })
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal("conflict", await response.ProblemCodeAsync());
        }
        Assert.Equal(eventsBefore, await host.EventCountAsync());
    }

    [Fact]
    public async Task Two_admins_disabling_each_other_at_once_leave_one_admin()
    {
        await using var host = await FreshHost.StartAsync();
        var (first, firstId) = await host.FirstAdminAsync();
        var (second, secondId) = await host.InvitedAsync(first, "second@example.com", "admin");

        var outcomes = await Task.WhenAll(
            first.PostAsync($"/api/users/{secondId}/disable", null),
            second.PostAsync($"/api/users/{firstId}/disable", null));

        Assert.Single(outcomes, outcome => outcome.StatusCode == HttpStatusCode.NoContent);
        Assert.Single(outcomes, outcome => outcome.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.Unauthorized);
        Assert.Equal(1, await host.EventCountAsync("user_disabled"));
    }

    [Fact]
    public async Task With_a_second_admin_the_first_can_be_demoted_and_the_change_is_audited_with_before_and_after()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, adminId) = await host.FirstAdminAsync();
        await host.InvitedAsync(admin, "second@example.com", "admin");

        var demote = await admin.PutAsJsonAsync($"/api/users/{adminId}/roles", new { roles = new[] { "developer", "auditor" } });
        var me = await (await admin.GetAsync("/api/me")).JsonAsync();

        Assert.Equal(HttpStatusCode.NoContent, demote.StatusCode);
        Assert.DoesNotContain("users.manage", me.GetProperty("permissions").EnumerateArray().Select(permission => permission.GetString()));
        var change = (await (await admin.GetAsync("/api/audit?type=user.role_changed")).JsonAsync()).GetProperty("entries")[0].GetProperty("data");
        Assert.Equal(["admin"], change.GetProperty("before").EnumerateArray().Select(role => role.GetString()));
        Assert.Equal(["auditor", "developer"], change.GetProperty("after").EnumerateArray().Select(role => role.GetString()));
    }

    [Fact]
    public async Task A_disabled_users_cookie_and_token_stop_working_on_the_very_next_request()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var (developer, developerId) = await host.InvitedAsync(admin, "dev@example.com", "developer");
        var script = host.WithToken(await developer.CreateTokenAsync("profile.own"));
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/users/{developerId}/disable", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await developer.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await developer.SignInAsync("dev@example.com")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/users/{developerId}/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await developer.SignInAsync("dev@example.com")).StatusCode);
    }

    [Fact]
    public async Task Disabling_and_deleting_users_is_published_to_other_modules()
    {
        await using var host = await FreshHost.StartAsync(services: services =>
            services.AddScoped<INotificationHandler<UserDisabledIntegrationEvent>, RecordingUserDisabledHandler>());
        var (admin, _) = await host.FirstAdminAsync();
        var (_, disabledId) = await host.InvitedAsync(admin, "disabled@example.com", "developer");
        var (_, deletedId) = await host.InvitedAsync(admin, "deleted@example.com", "developer");

        await admin.PostAsync($"/api/users/{disabledId}/disable", null);
        await admin.DeleteAsync($"/api/users/{deletedId}");

        Assert.Equal(1, await DeliveredAsync(host, disabledId));
        Assert.Equal(2, await DeliveredAsync(host, deletedId));
    }

    private static async Task<int?> DeliveredAsync(FreshHost host, Guid userId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var querySession = host.Factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
            var delivered = await querySession.LoadAsync<DeliveryCount>(userId);
            if (delivered is not null || DateTime.UtcNow > deadline) return delivered?.Count;
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Admins_list_and_read_users_with_roles_and_status()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var (_, developerId) = await host.InvitedAsync(admin, "dev@example.com", "developer");
        await admin.PostAsync($"/api/users/{developerId}/disable", null);

        var users = (await (await admin.GetAsync("/api/users")).JsonAsync()).EnumerateArray().ToList();
        var developer = await (await admin.GetAsync($"/api/users/{developerId}")).JsonAsync();
        var missing = await admin.GetAsync($"/api/users/{Guid.NewGuid()}");

        Assert.Equal(["admin@example.com", "dev@example.com"], users.Select(user => user.GetProperty("email").GetString()));
        Assert.Equal("disabled", developer.GetProperty("status").GetString());
        Assert.Equal(["developer"], developer.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_deleted_user_disappears_and_their_email_can_be_invited_again()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var (_, developerId) = await host.InvitedAsync(admin, "dev@example.com", "developer");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/users/{developerId}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/users/{developerId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Factory.CreateBrowserClient().SignInAsync("dev@example.com")).StatusCode);
        await admin.InviteAsync("dev@example.com", "developer");
    }

    [Theory]
    [InlineData("not-an-email", new[] { "developer" })]
    [InlineData("x@example.com", new[] { "root" })]
    [InlineData("x@example.com", new string[0])]
    [InlineData("x@example.com", new[] { "developer", "developer" })]
    public async Task Bad_invitations_are_400_and_append_nothing(string email, string[] roles)
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var eventsBefore = await host.EventCountAsync();

        var response = await admin.PostAsJsonAsync("/api/users/invitations", new { email, roles });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(eventsBefore, await host.EventCountAsync());
    }
}
