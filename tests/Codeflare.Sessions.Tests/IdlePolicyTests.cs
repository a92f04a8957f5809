using Codeflare.Sessions.Infrastructure.Activity;

namespace Codeflare.Sessions.Tests;

public sealed class IdlePolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan Unattended = TimeSpan.FromHours(12);

    [Fact]
    public void An_attached_client_keeps_the_session_with_no_stop_time()
    {
        var verdict = IdlePolicy.Evaluate(new ActivitySnapshot(1, Now.AddDays(-1), Now.AddDays(-1)), Idle, Unattended, Now);

        Assert.Equal((null, false), (verdict.IdleStopAt, verdict.StopNow));
        Assert.Equal([IdlePolicy.AttachedClients], verdict.KeepAlive);
    }

    [Fact]
    public void Quiet_for_the_idle_timeout_stops_and_the_stop_time_is_the_last_activity_plus_the_timeout()
    {
        var quiet = IdlePolicy.Evaluate(new ActivitySnapshot(0, Now.AddMinutes(-31), Now.AddMinutes(-40)), Idle, Unattended, Now);
        var recent = IdlePolicy.Evaluate(new ActivitySnapshot(0, Now.AddMinutes(-10), Now.AddMinutes(-40)), Idle, Unattended, Now);

        Assert.True(quiet.StopNow);
        Assert.Equal((Now.AddMinutes(20), false), (recent.IdleStopAt!.Value, recent.StopNow));
        Assert.Equal([IdlePolicy.RecentInput], recent.KeepAlive);
    }

    [Fact]
    public void A_working_agent_keeps_the_session_until_the_unattended_limit_after_the_user_left()
    {
        var working = IdlePolicy.Evaluate(new ActivitySnapshot(0, Now.AddHours(-5), Now.AddSeconds(-5)), Idle, Unattended, Now);
        var tooLong = IdlePolicy.Evaluate(new ActivitySnapshot(0, Now.AddHours(-12), Now.AddSeconds(-5)), Idle, Unattended, Now);

        Assert.Equal((Now.AddSeconds(-5) + Idle, false), (working.IdleStopAt!.Value, working.StopNow));
        Assert.Equal([IdlePolicy.AgentActivity], working.KeepAlive);
        Assert.True(tooLong.StopNow);
    }
}
