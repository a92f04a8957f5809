namespace Codeflare.Sessions.Domain;

/// <summary>A browser or script attached; who and from where is in the event's metadata too.</summary>
internal sealed record TerminalClientAttached(Guid SessionId, int Tab, string ConnectionId, string? ClientIp, string? UserAgent, DateTimeOffset AttachedAt);
