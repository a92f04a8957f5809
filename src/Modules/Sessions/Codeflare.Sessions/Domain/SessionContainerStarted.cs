namespace Codeflare.Sessions.Domain;

/// <summary>The runner's container is up (stage: restoring files).</summary>
internal sealed record SessionContainerStarted(Guid SessionId, string ContainerId, DateTimeOffset StartedAt);
