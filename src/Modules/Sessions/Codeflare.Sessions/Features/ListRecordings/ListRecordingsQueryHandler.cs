using Codeflare.BuildingBlocks.Errors;
using Codeflare.Sessions.Domain;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.ListRecordings;

/// <summary>Oldest first, tabs in order; deleted sessions keep their recordings. 404 for a session that never existed.</summary>
internal sealed class ListRecordingsQueryHandler(IQuerySession querySession) : IRequestHandler<ListRecordingsQuery, RecordingList>
{
    public async Task<RecordingList> Handle(ListRecordingsQuery query, CancellationToken cancellationToken)
    {
        _ = await querySession.LoadAsync<Session>(query.SessionId, cancellationToken) ?? throw new NotFoundException("session", query.SessionId);
        var recordings = await querySession.Query<TerminalRecording>()
            .Where(recording => recording.SessionId == query.SessionId)
            .OrderBy(recording => recording.StartedAt).ThenBy(recording => recording.Tab)
            .ToListAsync(cancellationToken);
        return new RecordingList(recordings.Select(RecordingSummary.From).ToList());
    }
}
