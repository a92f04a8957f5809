namespace Codeflare.ContainerEngine;

/// <summary>What the engine says about one container now; the exit code is its last one (0 while it never exited).</summary>
public sealed record ContainerInspection(string Id, bool Running, long ExitCode);
