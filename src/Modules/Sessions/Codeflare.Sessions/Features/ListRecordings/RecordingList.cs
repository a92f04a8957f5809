namespace Codeflare.Sessions.Features.ListRecordings;

internal sealed record RecordingList(IReadOnlyList<RecordingSummary> Recordings);
