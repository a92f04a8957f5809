namespace Codeflare.Sessions.Infrastructure.Runner;

internal enum RunnerStep
{
    /// <summary>Engine and session agree.</summary>
    None,

    /// <summary>Create and start the container, then pre-warm tab 1.</summary>
    Start,

    /// <summary>The container runs; pre-warm tab 1 (idempotent) and report ready.</summary>
    FinishStart,

    /// <summary>Remove any container and record the failed start.</summary>
    FailStart,

    /// <summary>Remove any container and record the stop with the plan's reason.</summary>
    Stop,

    /// <summary>Remove a container no live session wants.</summary>
    RemoveOrphan,
}
