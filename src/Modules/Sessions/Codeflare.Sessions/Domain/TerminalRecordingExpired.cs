namespace Codeflare.Sessions.Domain;

/// <summary>A recording's parts were deleted from the store after the retention period; its events stay.</summary>
internal sealed record TerminalRecordingExpired(Guid RecordingId, Guid SessionId, int Parts, DateTimeOffset ExpiredAt);
