namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>How a tab's tmux session starts its agent: inside a login shell that stays when the agent exits.</summary>
internal static class AgentLaunch
{
    public const string WorkingDirectory = "/home/dev/workspace";

    /// <summary>The tmux <c>new-session</c> command line for a tab; <c>bash</c> is tmux's own default shell.</summary>
    public static IReadOnlyList<string> NewTmuxSession(int tab, string agent)
    {
        List<string> command = ["tmux", "new-session", "-d", "-s", tab.ToString(), "-x", "200", "-y", "50", "-c", WorkingDirectory];
        if (agent != "bash") command.Add($"bash -lc '{agent}; exec bash -l'");
        return command;
    }
}
