using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Infrastructure.Runner;

namespace Codeflare.Sessions.Tests;

public sealed class RunnerPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private static readonly ContainerState Up = new("c1", Running: true, ExitCode: 0);
    private static readonly ContainerState Dead = new("c1", Running: false, ExitCode: 137);

    private static Session In(SessionStatus status, string? reason = null, string? containerId = null, DateTimeOffset? startRequestedAt = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "s", "bash", "small", status, Now.AddHours(-1))
        {
            Reason = reason, ContainerId = containerId, StartRequestedAt = startRequestedAt ?? Now.AddSeconds(-5),
        };

    [Fact]
    public void A_starting_session_gets_a_container_then_its_tab_warmed_and_fails_when_the_container_dies_or_time_runs_out()
    {
        Assert.Equal(RunnerStep.Start, RunnerPlan.Decide(In(SessionStatus.Starting), null, Now, Timeout, false).Step);
        Assert.Equal(RunnerStep.FinishStart, RunnerPlan.Decide(In(SessionStatus.Starting), Up, Now, Timeout, false).Step);
        var died = RunnerPlan.Decide(In(SessionStatus.Starting), Dead, Now, Timeout, false);
        var late = RunnerPlan.Decide(In(SessionStatus.Starting, startRequestedAt: Now.AddMinutes(-2)), Up, Now, Timeout, true);

        Assert.Equal((RunnerStep.FailStart, true), (died.Step, died.Message!.Contains("137")));
        Assert.Equal((RunnerStep.FailStart, true), (late.Step, late.Message!.Contains("90 s")));
    }

    [Fact]
    public void A_running_session_whose_container_ended_is_stopped_with_the_exit_code_or_as_a_host_restart_when_it_vanished()
    {
        var exited = RunnerPlan.Decide(In(SessionStatus.Running), Dead, Now, Timeout, false);
        var vanishedLive = RunnerPlan.Decide(In(SessionStatus.Running), null, Now, Timeout, false);
        var vanishedAtStart = RunnerPlan.Decide(In(SessionStatus.Running), null, Now, Timeout, true);

        Assert.Equal((RunnerStep.Stop, StopReasons.ContainerExited, 137L), (exited.Step, exited.Reason, exited.ExitCode!.Value));
        Assert.Equal((RunnerStep.Stop, StopReasons.ContainerExited), (vanishedLive.Step, vanishedLive.Reason));
        Assert.Equal((RunnerStep.Stop, StopReasons.HostRestart), (vanishedAtStart.Step, vanishedAtStart.Reason));
        Assert.Equal(RunnerStep.None, RunnerPlan.Decide(In(SessionStatus.Running), Up, Now, Timeout, true).Step);
    }

    [Fact]
    public void Stopping_and_deleted_sessions_lose_their_container_with_the_requested_reason()
    {
        var stopping = RunnerPlan.Decide(In(SessionStatus.Stopping, StopReasons.Idle), Up, Now, Timeout, false);
        var deleted = RunnerPlan.Decide(In(SessionStatus.Deleted, StopReasons.Admin, "c1"), Up, Now, Timeout, false);

        Assert.Equal((RunnerStep.Stop, StopReasons.Idle), (stopping.Step, stopping.Reason));
        Assert.Equal((RunnerStep.Stop, StopReasons.Admin), (deleted.Step, deleted.Reason));
        Assert.Equal(RunnerStep.None, RunnerPlan.Decide(In(SessionStatus.Deleted), null, Now, Timeout, false).Step);
    }

    [Theory]
    [InlineData("Created")]
    [InlineData("Stopped")]
    [InlineData("Failed")]
    public void A_container_of_a_session_that_should_not_run_is_an_orphan(string statusName)
    {
        var status = Enum.Parse<SessionStatus>(statusName);
        Assert.Equal(RunnerStep.RemoveOrphan, RunnerPlan.Decide(In(status), Up, Now, Timeout, false).Step);
        Assert.Equal(RunnerStep.RemoveOrphan, RunnerPlan.Decide(null, Up, Now, Timeout, false).Step);
        Assert.Equal(RunnerStep.None, RunnerPlan.Decide(In(status), null, Now, Timeout, false).Step);
    }
}
