using System.Runtime.CompilerServices;
using System.Threading.RateLimiting;
using Codeflare.BuildingBlocks.Events;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Infrastructure.Activity;
using Codeflare.Sessions.Infrastructure.Terminals;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions.Features.Terminals;

/// <summary>
/// SPEC §4, §14 <c>/hubs/terminal</c>: attach to a tab (a stream of <see cref="TerminalChunk"/>s from any offset
/// still buffered), type, resize, acknowledge. Every refusal is a hub error and an audited <see cref="TerminalCallRefused"/>.
/// </summary>
[Authorize(Policy = Permission.OwnSessions)]
internal sealed class TerminalHub(
    TerminalManager terminals, HubConnections connections, SessionActivity activity, IQuerySession querySession, IAuditTrail audit,
    RequestContext context, IOptions<TerminalOptions> options, TimeProvider clock) : Hub
{
    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, SessionStatusPush.UserGroup(context.UserId!.Value));
        if (context.Has(Permission.ManageAnySession)) await Groups.AddToGroupAsync(Context.ConnectionId, SessionStatusPush.AdminGroup);
        connections.Add(context.UserId!.Value, Context);
        Context.Items[nameof(RateLimiter)] = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Value.InputMessagesPerSecond * 2, TokensPerPeriod = options.Value.InputMessagesPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0, AutoReplenishment = true,
        });
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(context.UserId!.Value, Context);
        (Context.Items[nameof(RateLimiter)] as RateLimiter)?.Dispose();
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<TerminalChunk> Attach(
        Guid sessionId, int tab, int cols, int rows, long fromOffset, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (TerminalLimits.Check(tab, cols, rows) is { } problem) throw await RefuseAsync(sessionId, tab, nameof(Attach), problem);
        var terminal = await AuthorizedTerminalAsync(sessionId, tab, nameof(Attach), cancellationToken, cols, rows);
        await terminal.ResizeAsync(cols, rows, cancellationToken);

        var state = new AttachState(fromOffset);
        var key = AttachKey(sessionId, tab);
        Context.Items[key] = state;
        activity.ClientAttached(sessionId);
        await audit.RecordAsync(new TerminalClientAttached(sessionId, tab, Context.ConnectionId, context.ClientIp, context.UserAgent, clock.GetUtcNow()), default);
        try
        {
            await foreach (var chunk in new TerminalStreamer(terminals, terminal, state, options.Value).StreamAsync(fromOffset, cancellationToken))
                yield return chunk;
        }
        finally
        {
            Context.Items.Remove(key);
            activity.ClientDetached(sessionId);
            await audit.RecordAsync(new TerminalClientDetached(sessionId, tab, Context.ConnectionId, clock.GetUtcNow()), default);
        }
    }

    public async Task Input(Guid sessionId, int tab, byte[] data)
    {
        if (TerminalLimits.Check(tab) is { } problem) throw await RefuseAsync(sessionId, tab, nameof(Input), problem);
        if (data.Length > options.Value.MaxInputBytes)
            throw await RefuseAsync(sessionId, tab, nameof(Input), $"Input messages are at most {options.Value.MaxInputBytes} bytes.");
        using var lease = ((RateLimiter)Context.Items[nameof(RateLimiter)]!).AttemptAcquire();
        if (!lease.IsAcquired) throw await RefuseAsync(sessionId, tab, nameof(Input), "Too much input; slow down.");
        var terminal = await AuthorizedTerminalAsync(sessionId, tab, nameof(Input), Context.ConnectionAborted);
        activity.Input(sessionId);
        await terminal.WriteAsync(data, Context.ConnectionAborted);
    }

    public async Task Resize(Guid sessionId, int tab, int cols, int rows)
    {
        if (TerminalLimits.Check(tab, cols, rows) is { } problem) throw await RefuseAsync(sessionId, tab, nameof(Resize), problem);
        var terminal = await AuthorizedTerminalAsync(sessionId, tab, nameof(Resize), Context.ConnectionAborted, cols, rows);
        await terminal.ResizeAsync(cols, rows, Context.ConnectionAborted);
    }

    /// <summary>The client consumed everything before <paramref name="offset"/>; acks for terminals it is not attached to are ignored.</summary>
    public void Ack(Guid sessionId, int tab, long offset)
    {
        if (Context.Items.TryGetValue(AttachKey(sessionId, tab), out var state)) ((AttachState)state!).Ack(offset);
    }

    /// <summary>
    /// The terminal this connection was already allowed to use, else the check against the database: a keystroke
    /// must not cost a database round trip. What could revoke the permission ends the terminal (session stopped)
    /// or the connection (user disabled) anyway.
    /// </summary>
    private async Task<Terminal> AuthorizedTerminalAsync(Guid sessionId, int tab, string method, CancellationToken cancellationToken,
        int cols = 200, int rows = 50)
    {
        if (Context.Items.TryGetValue(TerminalKey(sessionId, tab), out var known) && known is Terminal { Closed.IsCompleted: false } open) return open;
        var session = await RunningSessionAsync(sessionId, tab, method, cancellationToken);
        var terminal = await terminals.OpenAsync(session, tab, cols, rows, cancellationToken);
        Context.Items[TerminalKey(sessionId, tab)] = terminal;
        return terminal;
    }

    private async Task<Session> RunningSessionAsync(Guid sessionId, int tab, string method, CancellationToken cancellationToken)
    {
        var session = await querySession.LoadAsync<Session>(sessionId, cancellationToken);
        if (session is not { Status: not SessionStatus.Deleted } || (session.OwnerId != context.UserId && !context.Has(Permission.ManageAnySession)))
            throw await RefuseAsync(sessionId, tab, method, "No such session.");
        if (session is not { Status: SessionStatus.Running, ContainerId: not null })
            throw await RefuseAsync(sessionId, tab, method, "The session is not running. Start it first.");
        return session;
    }

    private async Task<HubException> RefuseAsync(Guid sessionId, int tab, string method, string reason)
    {
        await audit.RecordDenialAsync(new TerminalCallRefused(sessionId, tab, method, reason, clock.GetUtcNow()), default);
        return new HubException(reason);
    }

    private static string AttachKey(Guid sessionId, int tab) => $"attach/{sessionId:N}/{tab}";
    private static string TerminalKey(Guid sessionId, int tab) => $"terminal/{sessionId:N}/{tab}";
}
