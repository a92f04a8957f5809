using Codeflare.Sessions.Domain;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.RunnerReports;

internal sealed class RecordFilesRestoredCommandHandler(IDocumentSession documentSession, TimeProvider clock)
    : IRequestHandler<RecordFilesRestoredCommand, Unit>
{
    public async Task<Unit> Handle(RecordFilesRestoredCommand command, CancellationToken cancellationToken)
    {
        var stream = await documentSession.Events.FetchForWriting<Session>(command.SessionId, cancellationToken);
        if (stream.Aggregate is { Status: SessionStatus.Starting }) stream.AppendOne(new SessionFilesRestored(command.SessionId, clock.GetUtcNow()));
        return Unit.Value;
    }
}
