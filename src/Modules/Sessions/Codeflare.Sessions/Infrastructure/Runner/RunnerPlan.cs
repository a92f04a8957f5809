using Codeflare.Sessions.Domain;

namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>
/// The one place that decides what the runner does for a session, from its recorded state and the engine's
/// (level-triggered, like a Kubernetes controller): the same inputs give the same step however often it runs.
/// </summary>
internal sealed record RunnerPlan(RunnerStep Step, string? Reason = null, string? Message = null, long? ExitCode = null)
{
    private static readonly RunnerPlan Nothing = new(RunnerStep.None);

    public static RunnerPlan Decide(Session? session, ContainerState? container, DateTimeOffset now, TimeSpan startTimeout, bool atHostStart)
    {
        switch (session?.Status)
        {
            case SessionStatus.Starting when now - session.StartRequestedAt > startTimeout:
                return new(RunnerStep.FailStart, Message: $"The container was not ready within {startTimeout.TotalSeconds:0} s.");
            case SessionStatus.Starting when container is null:
                return new(RunnerStep.Start);
            case SessionStatus.Starting when !container.Running:
                return new(RunnerStep.FailStart, Message: $"The container exited while starting (exit code {container.ExitCode}).");
            case SessionStatus.Starting:
                return new(RunnerStep.FinishStart);
            case SessionStatus.Running when container is null:
                return new(RunnerStep.Stop, atHostStart ? StopReasons.HostRestart : StopReasons.ContainerExited);
            case SessionStatus.Running when !container.Running:
                return new(RunnerStep.Stop, StopReasons.ContainerExited, ExitCode: container.ExitCode);
            case SessionStatus.Running:
                return Nothing;
            case SessionStatus.Stopping:
                return new(RunnerStep.Stop, session.Reason ?? StopReasons.User);
            case SessionStatus.Deleted when container is not null || session.ContainerId is not null:
                return new(RunnerStep.Stop, session.Reason ?? StopReasons.User);
            default:
                return container is null ? Nothing : new(RunnerStep.RemoveOrphan);
        }
    }
}
