using System.Net;
using System.Security.Cryptography;
using Codeflare.Testing;
using Npgsql;

namespace Codeflare.Host.Tests;

public sealed class KeyRingTests
{
    [Fact]
    public async Task With_a_key_encryption_key_the_stored_key_ring_is_sealed_and_cookies_survive_a_restart()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        var settings = new Dictionary<string, string?> { ["DataProtection:KeyEncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
        string cookie;
        await using (var first = new CodeflareFactory(connectionString, settings))
        {
            first.StartServer();
            await first.CreateClient().CreateAdminAsync(first.SetupCode);
            cookie = await SignInCookieAsync(first.BaseAddress);
        }
        await using var second = new CodeflareFactory(connectionString, settings);
        second.StartServer();

        var me = await SendWithCookieAsync(second.BaseAddress, cookie);
        var stored = await StoredKeyRingAsync(connectionString);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Contains("sealed", stored);
        Assert.DoesNotContain("masterKey", stored);
    }

    [Fact]
    public async Task A_cookie_does_not_work_with_another_instances_key_ring()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        string cookie;
        await using (var first = new CodeflareFactory(connectionString))
        {
            first.StartServer();
            await first.CreateClient().CreateAdminAsync(first.SetupCode);
            cookie = await SignInCookieAsync(first.BaseAddress);
        }
        await using var stranger = new CodeflareFactory(await PostgresServer.CreateDatabaseAsync());
        stranger.StartServer();

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendWithCookieAsync(stranger.BaseAddress, cookie)).StatusCode);
    }

    private static async Task<string> SignInCookieAsync(Uri host)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = host };
        var response = await client.SignInAsync();
        return response.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith("codeflare.auth=")).Split(';')[0];
    }

    private static async Task<HttpResponseMessage> SendWithCookieAsync(Uri host, string cookie)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = host };
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static async Task<string> StoredKeyRingAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select string_agg(data::text, '') from codeflare.mt_doc_dataprotectionkey", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
