namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>
/// SPEC §3 pre-warming: tab 1's tmux session, with the session's agent launched, exists before any browser
/// attaches. Ready means its first output (the prompt or the agent's screen) is on the pane, or 5 s passed
/// (an agent may paint late; the tab is usable as soon as tmux runs). One exec does it all: each exec is a
/// round trip to the engine, which is most of the start time once the container runs.
/// </summary>
internal sealed class TabWarmer(WorkspaceEngine engine)
{
    public async Task WarmAsync(string containerId, string agent, CancellationToken cancellationToken)
    {
        var create = string.Join(' ', AgentLaunch.TmuxSession(1, agent, attach: false).Select(Quote));
        var script = $"tmux has-session -t 1 2>/dev/null || {create} || exit 1; "
                     + "i=0; while [ $i -lt 250 ]; do [ -n \"$(tmux capture-pane -p -t 1 | tr -d '[:space:]')\" ] && exit 0; sleep 0.02; i=$((i+1)); done";
        var (exitCode, output) = await engine.ExecAsync(containerId, ["sh", "-c", script], cancellationToken);
        if (exitCode != 0) throw new InvalidOperationException($"tmux exited with {exitCode}: {output.Trim()}");
    }

    /// <summary>POSIX single quotes; the arguments come from fixed lists, this only keeps the agent's command line one word.</summary>
    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''") + "'";
}
