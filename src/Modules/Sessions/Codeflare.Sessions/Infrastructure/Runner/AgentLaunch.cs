namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>How a tab's tmux session starts its agent: inside a login shell that stays when the agent exits.</summary>
internal static class AgentLaunch
{
    public const string WorkingDirectory = "/home/dev/workspace";

    /// <summary>
    /// The tmux command line for a tab: <c>-A</c> attaches when the tab already exists (a terminal), else it starts
    /// detached (pre-warming). <c>bash</c> is tmux's own default shell, other agents run in one.
    /// </summary>
    public static IReadOnlyList<string> TmuxSession(int tab, string agent, bool attach, int cols = 200, int rows = 50)
    {
        List<string> command = ["tmux", "new-session", attach ? "-A" : "-d", "-s", tab.ToString(), "-x", cols.ToString(), "-y", rows.ToString(),
            "-c", WorkingDirectory];
        if (agent != "bash") command.Add($"bash -lc '{agent}; exec bash -l'");
        return command;
    }
}
