using Codeflare.Sessions.Domain;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.RunnerReports;

internal sealed class RecordContainerStartedCommandHandler(IDocumentSession documentSession, TimeProvider clock)
    : IRequestHandler<RecordContainerStartedCommand, Unit>
{
    public async Task<Unit> Handle(RecordContainerStartedCommand command, CancellationToken cancellationToken)
    {
        var stream = await documentSession.Events.FetchForWriting<Session>(command.SessionId, cancellationToken);
        if (stream.Aggregate is { Status: SessionStatus.Starting, ContainerId: null })
            stream.AppendOne(new SessionContainerStarted(command.SessionId, command.ContainerId, clock.GetUtcNow()));
        return Unit.Value;
    }
}
