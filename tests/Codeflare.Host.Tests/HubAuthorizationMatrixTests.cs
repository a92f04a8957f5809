using System.Reflection;
using Codeflare.Sessions.Features.Terminals;
using Microsoft.AspNetCore.SignalR.Client;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §9: every hub method has a row, and each caller gets what its row says, against a running session.</summary>
public sealed class HubAuthorizationMatrixTests
{
    [Fact]
    public void Every_hub_method_has_a_row_and_every_row_a_method()
    {
        var methods = typeof(TerminalHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(method => !method.Name.StartsWith("On", StringComparison.Ordinal)).Select(method => method.Name).Order().ToList();

        Assert.Equal(AuthorizationMatrix.HubRows.Select(row => row.Method).Order().ToList(), methods);
    }

    [Fact]
    public async Task Owner_stranger_and_admin_get_what_the_hub_rows_allow()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var (owner, _) = await host.InvitedAsync(admin, "owner@example.com", "developer");
        var (stranger, _) = await host.InvitedAsync(admin, "stranger@example.com", "developer");
        var sessionId = await owner.CreateSessionAsync();
        await owner.StartAndWaitAsync(sessionId);
        var callers = new Dictionary<string, string>
        {
            ["owner"] = await owner.CreateTokenAsync("sessions.own"),
            ["stranger"] = await stranger.CreateTokenAsync("sessions.own"),
            ["admin"] = await admin.CreateTokenAsync("sessions.own", "sessions.any"),
        };

        var failures = new List<string>();
        foreach (var row in AuthorizationMatrix.HubRows)
        foreach (var (caller, allowed) in new[] { ("owner", row.Owner), ("stranger", row.Stranger), ("admin", row.Admin) })
        {
            await using var client = await TerminalClient.ConnectAsync(host, callers[caller]);
            var refused = false;
            try
            {
                await CallAsync(client, row.Method, sessionId);
            }
            catch (Microsoft.AspNetCore.SignalR.HubException)
            {
                refused = true;
            }
            if (refused == allowed) failures.Add($"{row.Method} as {caller}: {(refused ? "refused" : "allowed")}");
        }

        Assert.Empty(failures);
    }

    private static Task CallAsync(TerminalClient client, string method, string sessionId) => method switch
    {
        "Attach" => client.AttachAsync(sessionId),
        "Input" => client.InputAsync(sessionId, " "),
        "Resize" => client.ResizeAsync(sessionId, 100, 30),
        "Ack" => client.Connection.InvokeAsync("Ack", Guid.Parse(sessionId), 1, 0L),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "a hub method without a call here"),
    };
}
