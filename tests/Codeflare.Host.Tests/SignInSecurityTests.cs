using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Codeflare.Host.Tests;

public sealed class SignInSecurityTests
{
    [Fact]
    public async Task Ten_wrong_passwords_lock_the_account_for_fifteen_minutes_then_it_opens_again()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await FreshHost.StartAsync(new Dictionary<string, string?> { ["RateLimits:SignIn:PerAccountPerMinute"] = "100" },
            services => services.AddSingleton<TimeProvider>(clock));
        await host.FirstAdminAsync();
        var client = host.Factory.CreateBrowserClient();

        for (var attempt = 0; attempt < 10; attempt++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SignInAsync(password: "not it, attempt " + attempt)).StatusCode);
        var whileLocked = await client.SignInAsync();
        clock.Advance(TimeSpan.FromMinutes(15));
        var afterWindow = await client.SignInAsync();

        Assert.Equal(HttpStatusCode.Locked, whileLocked.StatusCode);
        Assert.Equal("locked", await whileLocked.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.NoContent, afterWindow.StatusCode);
        Assert.Equal(1, await host.EventCountAsync("user_locked_out"));
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_per_ip_limit_get_429_with_retry_after()
    {
        await using var host = await FreshHost.StartAsync(new Dictionary<string, string?> { ["RateLimits:SignIn:PerIpPerMinute"] = "3" });
        var client = host.Factory.CreateClient();

        var responses = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 4; attempt++) responses.Add(await client.SignInAsync($"nobody{attempt}@example.com"));

        Assert.All(responses.Take(3), response => Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, responses[3].StatusCode);
        Assert.Equal("rate_limited", await responses[3].ProblemCodeAsync());
        Assert.True(responses[3].Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_per_account_limit_get_429_with_retry_after()
    {
        await using var host = await FreshHost.StartAsync(new Dictionary<string, string?> { ["RateLimits:SignIn:PerAccountPerMinute"] = "2" });
        var client = host.Factory.CreateClient();

        await client.SignInAsync("target@example.com");
        await client.SignInAsync("target@example.com");
        var third = await client.SignInAsync(" TARGET@example.com");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
    }

    [Fact]
    public async Task A_cookie_request_that_changes_state_without_the_xsrf_header_is_refused()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var cookieOnly = new HttpRequestMessage(HttpMethod.Post, "/api/users/invitations")
        {
            Content = JsonContent.Create(new { email = "x@example.com", roles = new[] { "developer" } }),
        };
        cookieOnly.Headers.Add("X-XSRF-TOKEN", "forged");

        var refused = await admin.SendAsync(cookieOnly);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("antiforgery_failed", await refused.ProblemCodeAsync());
        Assert.Equal(0, await host.EventCountAsync("user_invited"));
    }

    [Fact]
    public async Task Changing_the_password_ends_other_sign_ins_but_keeps_this_one()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var otherBrowser = host.Factory.CreateBrowserClient();
        await otherBrowser.SignInAsync();

        var change = await admin.PostAsJsonAsync("/api/me/password", new { currentPassword = Api.Password, newPassword = "an entirely new passphrase" });

        Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await otherBrowser.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await otherBrowser.SignInAsync(password: "an entirely new passphrase")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_does_not_change_it()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();

        var change = await admin.PostAsJsonAsync("/api/me/password", new { currentPassword = "not the password", newPassword = "an entirely new passphrase" });

        Assert.Equal(HttpStatusCode.Forbidden, change.StatusCode);
        Assert.Equal(0, await host.EventCountAsync("password_changed"));
    }
}
