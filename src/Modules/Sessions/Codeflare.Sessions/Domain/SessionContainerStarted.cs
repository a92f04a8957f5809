namespace Codeflare.Sessions.Domain;

/// <summary>The runner's container is up (stage: starting terminals).</summary>
internal sealed record SessionContainerStarted(Guid SessionId, string ContainerId, DateTimeOffset StartedAt);
