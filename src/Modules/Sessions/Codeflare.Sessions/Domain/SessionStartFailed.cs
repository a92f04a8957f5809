namespace Codeflare.Sessions.Domain;

internal sealed record SessionStartFailed(Guid SessionId, string Message, DateTimeOffset FailedAt);
