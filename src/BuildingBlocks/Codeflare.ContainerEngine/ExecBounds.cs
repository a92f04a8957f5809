namespace Codeflare.ContainerEngine;

/// <summary>
/// What one command in a container may cost the host: a deadline and an output cap. A container is root-controlled by
/// an agent, so every call into it is bounded; past the cap the rest of the output is not read.
/// </summary>
public sealed record ExecBounds(TimeSpan Timeout, int MaxOutputBytes)
{
    public static readonly ExecBounds Short = new(TimeSpan.FromSeconds(30), 64 * 1024);
}
