namespace Codeflare.Audit.Domain;

/// <summary>An auditor or admin read a session's history: reading the log is itself on the log.</summary>
internal sealed record SessionHistoryRead(Guid SessionId, int Entries, DateTimeOffset ReadAt);
