using System.Net;
using System.Net.Http.Json;

namespace Codeflare.Host.Tests;

/// <summary>Signed-in people for tests: the first admin, and users invited by them.</summary>
internal static class People
{
    public static async Task<(HttpClient Client, Guid Id)> FirstAdminAsync(this FreshHost host)
    {
        var admin = host.Factory.CreateBrowserClient();
        var created = await admin.CreateAdminAsync(host.Factory.SetupCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.SignInAsync()).StatusCode);
        return (admin, Guid.Parse((await created.JsonAsync()).GetProperty("id").GetString()!));
    }

    public static async Task<string> InviteAsync(this HttpClient admin, string email, params string[] roles)
    {
        var response = await admin.PostAsJsonAsync("/api/users/invitations", new { email, roles });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("acceptUrl").GetString()!.Split('#')[1];
    }

    public static Task<HttpResponseMessage> AcceptAsync(this HttpClient client, string token, string password = Api.Password) =>
        client.PostAsJsonAsync("/api/invitations/accept", new { token, password });

    public static async Task<(HttpClient Client, Guid Id)> InvitedAsync(this FreshHost host, HttpClient admin, string email, params string[] roles)
    {
        var person = host.Factory.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.NoContent, (await person.AcceptAsync(await admin.InviteAsync(email, roles))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await person.SignInAsync(email)).StatusCode);
        var me = await (await person.GetAsync("/api/me")).JsonAsync();
        return (person, Guid.Parse(me.GetProperty("id").GetString()!));
    }

    public static async Task<string> CreateTokenAsync(this HttpClient client, params string[] scopes)
    {
        var response = await client.PostAsJsonAsync("/api/me/tokens", new { name = "script", scopes, expiresInDays = 30 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("token").GetString()!;
    }

    public static HttpClient WithToken(this FreshHost host, string token)
    {
        var client = new HttpClient { BaseAddress = host.Factory.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
