namespace Codeflare.Sessions.Domain;

internal sealed record TerminalClosed(Guid SessionId, int Tab, long LastOffset, DateTimeOffset ClosedAt);
