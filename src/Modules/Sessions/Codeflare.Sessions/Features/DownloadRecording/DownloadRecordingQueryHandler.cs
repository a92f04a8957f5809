using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Events;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Infrastructure.Recordings;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.DownloadRecording;

/// <summary>The read is recorded before the first byte goes out; an expired recording is gone from the store (404).</summary>
internal sealed class DownloadRecordingQueryHandler(IQuerySession querySession, RecordingParts parts, IAuditTrail auditTrail, TimeProvider clock)
    : IRequestHandler<DownloadRecordingQuery, RecordingContent>
{
    public async Task<RecordingContent> Handle(DownloadRecordingQuery query, CancellationToken cancellationToken)
    {
        var recording = await querySession.LoadAsync<TerminalRecording>(query.RecordingId, cancellationToken);
        if (recording is null || recording.Expired) throw new NotFoundException("recording", query.RecordingId);
        await auditTrail.RecordAsync(
            new TerminalRecordingDownloaded(recording.Id, recording.SessionId, recording.Tab, query.Range, clock.GetUtcNow()), cancellationToken);
        var body = new RecordingStream([.. recording.Parts.OrderBy(part => part.Number)], parts.OpenAsync);
        return new RecordingContent(body, $"session-{recording.SessionId:N}-tab{recording.Tab}-{recording.StartedAt:yyyyMMdd-HHmmss}.cast");
    }
}
