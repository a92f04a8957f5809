using Docker.DotNet.Models;

namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>A session container died: look at that session now (the runner reads the exit code from the engine).</summary>
internal sealed class EngineEventHandler(RunnerTrigger trigger) : IProgress<Message>
{
    public void Report(Message value)
    {
        if (value.Actor?.Attributes?.TryGetValue(ContainerLabels.Session, out var label) == true && Guid.TryParse(label, out var sessionId))
            trigger.Nudge(sessionId);
    }
}
