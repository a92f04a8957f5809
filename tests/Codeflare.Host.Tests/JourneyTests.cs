using System.Net;
using System.Text.Json;

namespace Codeflare.Host.Tests;

public sealed class JourneyTests
{
    [Fact]
    public async Task The_first_admin_signs_in_sees_themselves_and_finds_their_creation_in_the_audit_log()
    {
        await using var host = await FreshHost.StartAsync();
        var browser = host.Factory.CreateBrowserClient();
        var create = new HttpRequestMessage(HttpMethod.Post, "/api/setup/admin")
        {
            Content = JsonContent(new { setupCode = host.Factory.SetupCode, email = "  Admin@Example.COM ", password = Api.Password }),
            Headers = { { "X-Request-ID", "journey-42" }, { "User-Agent", "journey-test/1.0" } },
        };

        var created = await browser.SendAsync(create);
        var adminId = (await created.JsonAsync()).GetProperty("id").GetString();
        var signIn = await browser.SignInAsync("admin@example.com");
        var me = await (await browser.GetAsync("/api/me")).JsonAsync();
        var audit = await (await browser.GetAsync("/api/audit?type=user.registered")).JsonAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("journey-42", created.Headers.GetValues("X-Request-ID").Single());
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        Assert.Equal(adminId, me.GetProperty("id").GetString());
        Assert.Equal("admin@example.com", me.GetProperty("email").GetString());
        Assert.Equal(["admin"], me.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.Contains("users.manage", me.GetProperty("permissions").EnumerateArray().Select(permission => permission.GetString()));

        var registered = Assert.Single(audit.GetProperty("entries").EnumerateArray());
        Assert.Equal(adminId, registered.GetProperty("actor").GetString());
        Assert.Equal("journey-42", registered.GetProperty("correlationId").GetString());
        Assert.Equal("127.0.0.1", registered.GetProperty("clientIp").GetString());
        Assert.Equal("journey-test/1.0", registered.GetProperty("userAgent").GetString());
        Assert.Equal("identity", registered.GetProperty("module").GetString());
        Assert.Equal("changed", registered.GetProperty("data").GetProperty("passwordHash").GetString());
    }

    [Fact]
    public async Task Signing_out_ends_the_cookie()
    {
        await using var host = await FreshHost.StartAsync();
        var browser = host.Factory.CreateBrowserClient();
        await browser.CreateAdminAsync(host.Factory.SetupCode);
        await browser.SignInAsync();

        var signOut = await browser.PostAsync("/api/auth/logout", null);
        var me = await browser.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal("unauthorized", await me.ProblemCodeAsync());
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site_strict()
    {
        await using var host = await FreshHost.StartAsync();
        var client = host.Factory.CreateClient();
        await client.CreateAdminAsync(host.Factory.SetupCode);

        var signIn = await client.SignInAsync();

        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), value => value.StartsWith("codeflare.auth="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_is_401_and_audited_without_the_password()
    {
        await using var host = await FreshHost.StartAsync();
        var browser = host.Factory.CreateBrowserClient();
        await browser.CreateAdminAsync(host.Factory.SetupCode);

        var refused = await browser.SignInAsync(password: "not the right one at all");
        await browser.SignInAsync();
        var audit = await (await browser.GetAsync("/api/audit?type=user.sign_in_failed")).JsonAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var failed = Assert.Single(audit.GetProperty("entries").EnumerateArray());
        Assert.Equal("wrong_password", failed.GetProperty("data").GetProperty("reason").GetString());
        Assert.DoesNotContain("not the right one", failed.GetRawText());
    }

    [Fact]
    public async Task Anonymous_callers_get_401_problems_from_protected_endpoints()
    {
        await using var host = await FreshHost.StartAsync();
        var client = host.Factory.CreateClient();

        foreach (var path in new[] { "/api/me", "/api/audit" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("unauthorized", await response.ProblemCodeAsync());
        }
    }

    [Fact]
    public async Task A_malformed_request_id_is_replaced_by_a_generated_one()
    {
        await using var host = await FreshHost.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/setup/status") { Headers = { { "X-Request-ID", "bad id with spaces" } } };

        var response = await host.Factory.CreateClient().SendAsync(request);

        Assert.Matches("^[0-9a-f]{32}$", response.Headers.GetValues("X-Request-ID").Single());
    }

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
