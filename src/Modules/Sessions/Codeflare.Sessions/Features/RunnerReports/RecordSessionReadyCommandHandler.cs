using Codeflare.Sessions.Domain;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.RunnerReports;

internal sealed class RecordSessionReadyCommandHandler(IDocumentSession documentSession, TimeProvider clock)
    : IRequestHandler<RecordSessionReadyCommand, Unit>
{
    public async Task<Unit> Handle(RecordSessionReadyCommand command, CancellationToken cancellationToken)
    {
        var stream = await documentSession.Events.FetchForWriting<Session>(command.SessionId, cancellationToken);
        // A stop or delete that arrived while tab 1 was warming wins: the next pass removes the container.
        if (stream.Aggregate is { Status: SessionStatus.Starting })
            stream.AppendOne(new SessionReady(command.SessionId, clock.GetUtcNow()));
        return Unit.Value;
    }
}
