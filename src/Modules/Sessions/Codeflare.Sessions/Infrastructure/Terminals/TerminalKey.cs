namespace Codeflare.Sessions.Infrastructure.Terminals;

/// <summary>SPEC §4: a terminal is addressed by session and tab (1–6).</summary>
internal readonly record struct TerminalKey(Guid SessionId, int Tab);
