using Codeflare.Sessions.Domain;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.RunnerReports;

internal sealed class RequestSystemStopCommandHandler(IDocumentSession documentSession, TimeProvider clock)
    : IRequestHandler<RequestSystemStopCommand, Unit>
{
    public async Task<Unit> Handle(RequestSystemStopCommand command, CancellationToken cancellationToken)
    {
        var stream = await documentSession.Events.FetchForWriting<Session>(command.SessionId, cancellationToken);
        if (stream.Aggregate is { Status: SessionStatus.Starting or SessionStatus.Running })
            stream.AppendOne(new SessionStopRequested(command.SessionId, command.Reason, clock.GetUtcNow()));
        return Unit.Value;
    }
}
