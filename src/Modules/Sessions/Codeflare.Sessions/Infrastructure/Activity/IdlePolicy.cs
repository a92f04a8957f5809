namespace Codeflare.Sessions.Infrastructure.Activity;

/// <summary>
/// SPEC §3 idle stop: no attached client, no input and no agent activity for the idle timeout; an agent working
/// alone keeps the session alive until the maximum unattended time after the user was last there.
/// </summary>
internal static class IdlePolicy
{
    public const string AttachedClients = "attached clients";
    public const string RecentInput = "recent input";
    public const string AgentActivity = "agent activity";

    public static IdleVerdict Evaluate(ActivitySnapshot activity, TimeSpan idleTimeout, TimeSpan maxUnattended, DateTimeOffset now)
    {
        if (activity.AttachedClients > 0) return new IdleVerdict(null, [AttachedClients], StopNow: false);

        var idleAt = (activity.LastAgentActivityAt > activity.LastUserActivityAt ? activity.LastAgentActivityAt : activity.LastUserActivityAt) + idleTimeout;
        var unattendedAt = activity.LastUserActivityAt + maxUnattended;
        var stopAt = idleAt < unattendedAt ? idleAt : unattendedAt;

        List<string> keepAlive = [];
        if (now < activity.LastUserActivityAt + idleTimeout) keepAlive.Add(RecentInput);
        if (now < activity.LastAgentActivityAt + idleTimeout && now < unattendedAt && activity.LastAgentActivityAt > activity.LastUserActivityAt)
            keepAlive.Add(AgentActivity);
        return new IdleVerdict(stopAt, keepAlive, StopNow: now >= stopAt);
    }
}
