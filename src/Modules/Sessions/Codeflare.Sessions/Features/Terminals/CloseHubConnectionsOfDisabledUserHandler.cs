using Codeflare.Identity.Contracts;
using MediatR;

namespace Codeflare.Sessions.Features.Terminals;

/// <summary>A disabled user's open terminals close now, not when their WebSocket next reconnects.</summary>
internal sealed class CloseHubConnectionsOfDisabledUserHandler(HubConnections connections) : INotificationHandler<UserDisabledIntegrationEvent>
{
    public Task Handle(UserDisabledIntegrationEvent notification, CancellationToken cancellationToken)
    {
        connections.AbortAll(notification.UserId);
        return Task.CompletedTask;
    }
}
