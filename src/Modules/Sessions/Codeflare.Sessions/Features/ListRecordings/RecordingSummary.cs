using Codeflare.Sessions.Domain;

namespace Codeflare.Sessions.Features.ListRecordings;

/// <summary>One recording as the list shows it; <c>Expired</c> ones passed their retention and can no longer be played.</summary>
internal sealed record RecordingSummary(
    Guid Id, int Tab, DateTimeOffset StartedAt, long DurationMs, long Bytes, int Parts, int Width, int Height, bool Truncated, bool Expired)
{
    public static RecordingSummary From(TerminalRecording recording) => new(recording.Id, recording.Tab, recording.StartedAt, recording.DurationMs,
        recording.Bytes, recording.Parts.Count, recording.Width, recording.Height, recording.Truncated, recording.Expired);
}
