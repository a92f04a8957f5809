namespace Codeflare.Sessions.Domain;

/// <summary>
/// SPEC §4: one part of a tab's asciicast v2 recording reached the object store. Its SHA-256 is in the event, so the
/// audit's hash chain vouches for every byte of every recording. <see cref="DurationMs"/> is the recording's length
/// up to the end of this part; <see cref="Truncated"/> says it reached its maximum size and records no more.
/// </summary>
internal sealed record TerminalRecordingStored(
    Guid RecordingId, Guid SessionId, int Tab, int Part, string Key, long Bytes, string Sha256, long DurationMs,
    int Width, int Height, DateTimeOffset StartedAt, bool Truncated, DateTimeOffset StoredAt);
