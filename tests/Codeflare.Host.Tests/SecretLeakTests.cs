using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Codeflare.Host.Tests;

public sealed class SecretLeakTests
{
    [Fact]
    public async Task No_password_token_or_invitation_secret_reaches_an_event_a_log_line_or_a_later_response()
    {
        var logs = new CapturedLogs();
        await using var host = await FreshHost.StartAsync(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" },
            services => services.AddSingleton<ILoggerProvider>(logs));
        var (admin, _) = await host.FirstAdminAsync();
        const string wrongPassword = "a-wrong-password-7f3a9c";
        const string invitedPassword = "invited-password-2b8e1d";
        const string changedPassword = "changed-password-5c4f0a";
        await host.Factory.CreateClient().SignInAsync(password: wrongPassword);
        var token = await admin.CreateTokenAsync("profile.own", "audit.read");
        await host.WithToken(token).GetAsync("/api/me");
        var invitation = await admin.InviteAsync("dev@example.com", "developer");
        await host.Factory.CreateClient().AcceptAsync(invitation, invitedPassword);
        await admin.PostAsJsonAsync("/api/me/password", new { currentPassword = Api.Password, newPassword = changedPassword });

        var afterwards = string.Join('\n',
            await admin.GetStringAsync("/api/audit?limit=500"),
            await admin.GetStringAsync("/api/me/tokens"),
            await admin.GetStringAsync("/api/users"),
            await host.WithToken(token).GetStringAsync("/api/audit?limit=500"),
            await admin.GetStringAsync("/api/audit/export?format=ndjson"),
            await admin.GetStringAsync("/api/audit/export?format=csv"),
            await admin.GetStringAsync("/api/audit/sessions"));
        var stored = await StoredEventsAsync(host.ConnectionString);

        string[] secrets = [Api.Password, wrongPassword, invitedPassword, changedPassword, Secret(token), Secret(invitation)];
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, stored);
            Assert.DoesNotContain(secret, logs.All);
            Assert.DoesNotContain(secret, afterwards);
        }
        Assert.Contains("user.signed_in", afterwards);
        Assert.Contains("user.password_changed", afterwards);
        Assert.Contains("SignInCommand handled", logs.All);
    }

    /// <summary>The secret part of <c>cf_xxx_&lt;32 hex id&gt;_&lt;secret&gt;</c>: the id alone may appear (it names the record).</summary>
    private static string Secret(string credential) => credential[("cf_pat_".Length + 33)..];

    private static async Task<string> StoredEventsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select string_agg(data::text || coalesce(headers::text, ''), E'\\n') from codeflare.mt_events", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
