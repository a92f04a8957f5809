namespace Codeflare.Sessions.Domain;

/// <summary>Someone read a recording (SPEC §7: the auditors are audited too).</summary>
internal sealed record TerminalRecordingDownloaded(Guid RecordingId, Guid SessionId, int Tab, string? Range, DateTimeOffset DownloadedAt);
