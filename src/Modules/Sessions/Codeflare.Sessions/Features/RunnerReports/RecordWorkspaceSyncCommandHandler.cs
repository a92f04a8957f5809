using Codeflare.Sessions.Domain;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.RunnerReports;

internal sealed class RecordWorkspaceSyncCommandHandler(IDocumentSession documentSession) : IRequestHandler<RecordWorkspaceSyncCommand, Unit>
{
    public async Task<Unit> Handle(RecordWorkspaceSyncCommand command, CancellationToken cancellationToken)
    {
        var stream = await documentSession.Events.FetchForWriting<Session>(command.Outcome.SessionId, cancellationToken);
        if (stream.Aggregate is not null) stream.AppendOne(command.Outcome);
        return Unit.Value;
    }
}
