namespace Codeflare.Sessions.Domain;

/// <summary>
/// One tab's output for one terminal exec on one host (a host restart or a new container starts a new one), kept as
/// parts in the object store. Built inline from its own stream, so a recording never contends with its session.
/// </summary>
internal sealed record TerminalRecording(
    Guid Id, Guid SessionId, int Tab, DateTimeOffset StartedAt, int Width, int Height, IReadOnlyList<RecordingPart> Parts,
    long Bytes, long DurationMs, bool Truncated, DateTimeOffset LastStoredAt, bool Expired)
{
    public static TerminalRecording Create(TerminalRecordingStored stored) =>
        new TerminalRecording(stored.RecordingId, stored.SessionId, stored.Tab, stored.StartedAt, stored.Width, stored.Height, [], 0, 0, false, stored.StoredAt, false)
            .Apply(stored);

    /// <summary>A part stored again (its first event's commit went unconfirmed) replaces the earlier one of its number.</summary>
    public TerminalRecording Apply(TerminalRecordingStored stored)
    {
        IReadOnlyList<RecordingPart> parts = [.. Parts.Where(part => part.Number != stored.Part), new RecordingPart(stored.Part, stored.Key, stored.Bytes, stored.Sha256)];
        return this with
        {
            Parts = parts,
            Bytes = parts.Sum(part => part.Bytes),
            DurationMs = Math.Max(DurationMs, stored.DurationMs),
            Truncated = Truncated || stored.Truncated,
            LastStoredAt = stored.StoredAt,
        };
    }

    public TerminalRecording Apply(TerminalRecordingExpired _) => this with { Expired = true };
}
