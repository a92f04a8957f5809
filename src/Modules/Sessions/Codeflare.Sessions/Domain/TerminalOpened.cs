namespace Codeflare.Sessions.Domain;

/// <summary>This host opened its exec into tab <see cref="Tab"/> (SPEC §4); not per keystroke.</summary>
internal sealed record TerminalOpened(Guid SessionId, int Tab, long FirstOffset, DateTimeOffset OpenedAt);
