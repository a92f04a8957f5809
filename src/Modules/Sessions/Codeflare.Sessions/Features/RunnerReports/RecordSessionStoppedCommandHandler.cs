using Codeflare.Sessions.Domain;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.RunnerReports;

internal sealed class RecordSessionStoppedCommandHandler(IDocumentSession documentSession, TimeProvider clock)
    : IRequestHandler<RecordSessionStoppedCommand, Unit>
{
    public async Task<Unit> Handle(RecordSessionStoppedCommand command, CancellationToken cancellationToken)
    {
        var stream = await documentSession.Events.FetchForWriting<Session>(command.SessionId, cancellationToken);
        if (stream.Aggregate is { IsActive: true } or { Status: SessionStatus.Deleted, ContainerId: not null })
            stream.AppendOne(new SessionStopped(command.SessionId, command.Reason, command.ExitCode, clock.GetUtcNow()));
        return Unit.Value;
    }
}
