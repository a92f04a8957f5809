using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.Shared;
using Marten;
using MediatR;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions.Features.StartSession;

/// <summary>Records the wish and returns at once (202); the runner does the container work after the commit.</summary>
internal sealed class StartSessionCommandHandler(
    IDocumentSession documentSession, RequestContext context, IOptions<SessionLimits> limits, TimeProvider clock)
    : IRequestHandler<StartSessionCommand, SessionView>
{
    public async Task<SessionView> Handle(StartSessionCommand command, CancellationToken cancellationToken)
    {
        var stream = await SessionAccess.FetchVisibleAsync(documentSession, command.SessionId, context, cancellationToken);
        var session = stream.Aggregate!;
        if (session.Status is SessionStatus.Starting or SessionStatus.Running) return SessionView.From(session);
        if (session.Status is SessionStatus.Stopping) throw new ConflictException("The session is still stopping. Start it again in a moment.");

        await RunningSessions.LockOwnerAsync(documentSession, session.OwnerId, cancellationToken);
        var running = await RunningSessions.CountAsync(documentSession, session.OwnerId, cancellationToken);
        if (running >= limits.Value.MaxRunningPerUser)
            throw new LimitReachedException($"{running} sessions are running, the most allowed. Stop one first.");

        var reason = SessionAccess.ReasonFor(session, context);
        stream.AppendOne(new SessionStartRequested(session.Id, reason, clock.GetUtcNow()));
        return SessionView.From(session with { Status = SessionStatus.Starting, Stage = StartStages.Provisioning });
    }
}
