using Codeflare.Identity.Contracts;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.RunnerReports;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.StopSessionsOfDisabledUser;

/// <summary>A disabled (or deleted) user's running sessions stop with reason <c>user_disabled</c>; their files stay.</summary>
internal sealed class StopSessionsOfDisabledUserHandler(IQuerySession querySession, IMediator mediator)
    : INotificationHandler<UserDisabledIntegrationEvent>
{
    public async Task Handle(UserDisabledIntegrationEvent notification, CancellationToken cancellationToken)
    {
        var active = await querySession.Query<Session>()
            .Where(session => session.OwnerId == notification.UserId
                              && (session.Status == SessionStatus.Starting || session.Status == SessionStatus.Running))
            .Select(session => session.Id).ToListAsync(cancellationToken);
        foreach (var sessionId in active) await mediator.Send(new RequestSystemStopCommand(sessionId, StopReasons.UserDisabled), cancellationToken);
    }
}
