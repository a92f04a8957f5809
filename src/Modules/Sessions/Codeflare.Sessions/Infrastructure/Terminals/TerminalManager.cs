using System.Collections.Concurrent;
using Codeflare.BuildingBlocks.Events;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Infrastructure.Activity;
using Codeflare.Sessions.Infrastructure.Recordings;
using Codeflare.Sessions.Infrastructure.Runner;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions.Infrastructure.Terminals;

/// <summary>
/// The terminals this host has open: one exec per (session, tab), opened on first attach and shared by every
/// client after that. tmux inside the container keeps the tab alive when the exec, the host or every browser goes.
/// </summary>
internal sealed class TerminalManager(
    ContainerEngine.ContainerEngine gateway, WorkspaceEngine engine, SessionActivity activity, IServiceScopeFactory scopes, IOptions<TerminalOptions> options,
    IOptions<RecordingOptions> recordings, IRecordingSink sink, TimeProvider clock, ILogger<TerminalManager> logger)
{
    private static readonly IReadOnlyList<string> TerminalEnvironment = ["TERM=xterm-256color", "COLORTERM=truecolor"];

    private readonly ConcurrentDictionary<TerminalKey, Lazy<Task<Terminal>>> terminals = new();

    public async Task<Terminal> OpenAsync(Session session, int tab, int cols, int rows, CancellationToken cancellationToken)
    {
        var key = new TerminalKey(session.Id, tab);
        for (var attempt = 0; ; attempt++)
        {
            var opening = terminals.GetOrAdd(key, _ => new Lazy<Task<Terminal>>(() => CreateAsync(key, session, cols, rows)));
            try
            {
                var terminal = await opening.Value.WaitAsync(cancellationToken);
                // A terminal of a container that has since been replaced is closing; take a fresh one.
                if (!terminal.Closed.IsCompleted && terminal.ContainerId == session.ContainerId) return terminal;
                terminals.TryRemove(new KeyValuePair<TerminalKey, Lazy<Task<Terminal>>>(key, opening));
                if (attempt > 0) throw new InvalidOperationException("The terminal closed while opening.");
            }
            catch (Exception) when (opening.IsValueCreated && opening.Value.IsFaulted)
            {
                terminals.TryRemove(new KeyValuePair<TerminalKey, Lazy<Task<Terminal>>>(key, opening));
                throw;
            }
        }
    }

    /// <summary>Makes tmux redraw the whole screen into the stream: what a client that lost its place needs.</summary>
    public async Task RepaintAsync(Terminal terminal, CancellationToken cancellationToken)
    {
        var script = $"tmux list-clients -t {terminal.Key.Tab} -F '#{{client_tty}}' | while read -r c; do tmux refresh-client -t \"$c\"; done";
        await engine.ExecAsync(terminal.ContainerId, ["sh", "-c", script], cancellationToken);
    }

    private async Task<Terminal> CreateAsync(TerminalKey key, Session session, int cols, int rows)
    {
        var containerId = session.ContainerId ?? throw new InvalidOperationException("The session has no container.");
        var command = AgentLaunch.TmuxSession(key.Tab, session.AgentOfTab(key.Tab), attach: true, cols, rows).ToList();
        var exec = await gateway.OpenTtyAsync(containerId, command, TerminalEnvironment, cols, rows, CancellationToken.None);
        // Offsets continue from the clock, not from 0, so an offset from an earlier exec (a host restart) is never mistaken for one of this.
        var firstOffset = clock.GetUtcNow().ToUnixTimeMilliseconds() * 1024;
        var lastActivity = DateTimeOffset.MinValue;
        var recorder = recordings.Value.Enabled ? new TerminalRecorder(key, cols, rows, recordings.Value, sink, clock, logger) : null;
        var terminal = new Terminal(key, containerId, exec, new OutputRing(options.Value.RingBytes, firstOffset), recorder, () =>
        {
            var now = clock.GetUtcNow();
            if (now - lastActivity < TimeSpan.FromSeconds(1)) return;
            lastActivity = now;
            activity.AgentActive(key.SessionId);
        });
        await RecordAsync(new TerminalOpened(key.SessionId, key.Tab, firstOffset, clock.GetUtcNow()));
        _ = terminal.Closed.ContinueWith(_ => ForgetAsync(terminal), TaskScheduler.Default).Unwrap();
        return terminal;
    }

    private async Task ForgetAsync(Terminal terminal)
    {
        foreach (var entry in terminals.Where(entry => entry.Key == terminal.Key && entry.Value.IsValueCreated
                                                       && entry.Value.Value.IsCompletedSuccessfully && entry.Value.Value.Result == terminal))
            terminals.TryRemove(entry);
        await RecordAsync(new TerminalClosed(terminal.Key.SessionId, terminal.Key.Tab, terminal.Ring.End, clock.GetUtcNow()));
        await terminal.DisposeAsync();
    }

    /// <summary>A host that shuts down closes its terminals, so each recording stores its last part (tmux keeps the tabs).</summary>
    public async Task CloseAllAsync()
    {
        var open = terminals.Values.Where(opening => opening.IsValueCreated && opening.Value.IsCompletedSuccessfully).Select(opening => opening.Value.Result);
        await Task.WhenAll(open.Select(terminal => terminal.DisposeAsync().AsTask()));
    }

    private async Task RecordAsync(object terminalEvent)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<RequestContext>().RunAsSystem();
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(terminalEvent, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Recording {Event} failed", terminalEvent.GetType().Name);
        }
    }
}
