using Codeflare.ContainerEngine;

namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>A session container died: look at that session now (the runner reads the exit code from the engine).</summary>
internal sealed class EngineEventHandler(RunnerTrigger trigger)
{
    public void Handle(ContainerEvent died)
    {
        if (Guid.TryParse(died.Attributes.GetValueOrDefault(ContainerLabels.Session), out var sessionId)) trigger.Nudge(sessionId);
    }
}
