namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>
/// SPEC §3 pre-warming: tab 1's tmux session, with the session's agent launched, exists before any browser
/// attaches. Ready means its first output (the prompt or the agent's screen) is on the pane.
/// </summary>
internal sealed class TabWarmer(WorkspaceEngine engine, TimeProvider clock)
{
    private static readonly TimeSpan FirstOutputWait = TimeSpan.FromSeconds(5);

    public async Task WarmAsync(string containerId, string agent, CancellationToken cancellationToken)
    {
        var (hasSession, _) = await engine.ExecAsync(containerId, ["tmux", "has-session", "-t", "1"], cancellationToken);
        if (hasSession != 0)
        {
            var (exitCode, output) = await engine.ExecAsync(containerId, AgentLaunch.NewTmuxSession(1, agent), cancellationToken);
            if (exitCode != 0) throw new InvalidOperationException($"tmux exited with {exitCode}: {output.Trim()}");
        }

        // An agent may take a while to paint; the session is usable as soon as tmux runs, so this wait is bounded.
        var deadline = clock.GetUtcNow() + FirstOutputWait;
        while (clock.GetUtcNow() < deadline)
        {
            var (_, screen) = await engine.ExecAsync(containerId, ["tmux", "capture-pane", "-p", "-t", "1"], cancellationToken);
            if (!string.IsNullOrWhiteSpace(screen)) return;
            await Task.Delay(TimeSpan.FromMilliseconds(25), cancellationToken);
        }
    }
}
