using Codeflare.Sessions.Domain;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.RunnerReports;

internal sealed class RecordStartFailedCommandHandler(IDocumentSession documentSession, TimeProvider clock)
    : IRequestHandler<RecordStartFailedCommand, Unit>
{
    public async Task<Unit> Handle(RecordStartFailedCommand command, CancellationToken cancellationToken)
    {
        var stream = await documentSession.Events.FetchForWriting<Session>(command.SessionId, cancellationToken);
        if (stream.Aggregate is { Status: SessionStatus.Starting })
            stream.AppendOne(new SessionStartFailed(command.SessionId, command.Message, clock.GetUtcNow()));
        return Unit.Value;
    }
}
