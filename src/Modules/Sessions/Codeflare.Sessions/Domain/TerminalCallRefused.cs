namespace Codeflare.Sessions.Domain;

/// <summary>A hub call that was refused (someone else's session, a bad tab or size, too much input): audited, never silent.</summary>
internal sealed record TerminalCallRefused(Guid SessionId, int Tab, string Method, string Reason, DateTimeOffset RefusedAt);
