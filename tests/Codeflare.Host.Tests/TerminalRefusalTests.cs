using System.Net;
using Microsoft.AspNetCore.SignalR;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §4, §9: what the hub refuses, and that every refusal is audited.</summary>
public sealed class TerminalRefusalTests
{
    [Fact]
    public async Task Strangers_revoked_tokens_foreign_origins_and_bad_tabs_or_sizes_are_refused_and_audited()
    {
        await using var host = await FreshHost.StartAsync();
        var (token, sessionId) = await host.RunningSessionWithTokenAsync();
        var admin = host.Factory.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.SignInAsync()).StatusCode);
        var (stranger, _) = await host.InvitedAsync(admin, "stranger@example.com", "developer");
        var strangerToken = await stranger.CreateTokenAsync("sessions.own");
        var revoked = await admin.CreateTokenAsync("sessions.own");
        var revokedId = Guid.ParseExact(revoked.Split('_')[2], "N");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/me/tokens/{revokedId}")).StatusCode);
        await using var strangerTerminal = await TerminalClient.ConnectAsync(host, strangerToken);
        await using var owner = await TerminalClient.ConnectAsync(host, token);

        await Assert.ThrowsAsync<HubException>(() => strangerTerminal.AttachAsync(sessionId));
        await Assert.ThrowsAsync<HubException>(() => strangerTerminal.InputAsync(sessionId, "echo pwned\r"));
        await Assert.ThrowsAnyAsync<Exception>(() => TerminalClient.ConnectAsync(host, revoked));
        await Assert.ThrowsAnyAsync<Exception>(() => TerminalClient.ConnectAsync(host, token, origin: "https://evil.example"));
        await Assert.ThrowsAsync<HubException>(() => owner.AttachAsync(sessionId, tab: 7));
        await Assert.ThrowsAsync<HubException>(() => owner.AttachAsync(sessionId, cols: 0));
        await Assert.ThrowsAsync<HubException>(() => owner.ResizeAsync(sessionId, 80, 501));

        Assert.Equal(5, await host.EventCountAsync("terminal_call_refused"));
        Assert.Equal(1, await host.EventCountAsync("access_denied"));
        var (_, screen) = await SessionEngine.ExecAsync(sessionId, "tmux", "capture-pane", "-p", "-t", "1");
        Assert.DoesNotContain("pwned", screen);
    }
}
