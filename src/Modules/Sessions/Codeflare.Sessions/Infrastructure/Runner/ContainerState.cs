namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>What the engine says about a session's container.</summary>
internal sealed record ContainerState(string Id, bool Running, long ExitCode);
