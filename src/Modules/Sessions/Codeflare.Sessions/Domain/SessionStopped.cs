namespace Codeflare.Sessions.Domain;

/// <summary>The container is gone. <see cref="ExitCode"/> is the container's own when it ended by itself.</summary>
internal sealed record SessionStopped(Guid SessionId, string Reason, long? ExitCode, DateTimeOffset StoppedAt);
