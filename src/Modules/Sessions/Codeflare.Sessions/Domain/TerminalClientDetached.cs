namespace Codeflare.Sessions.Domain;

internal sealed record TerminalClientDetached(Guid SessionId, int Tab, string ConnectionId, DateTimeOffset DetachedAt);
