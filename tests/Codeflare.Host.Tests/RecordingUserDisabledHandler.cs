using Codeflare.Identity.Contracts;
using Marten;
using MediatR;

namespace Codeflare.Host.Tests;

/// <summary>Stands in for the Sessions module's reaction: remembers which users other modules were told about.</summary>
internal sealed class RecordingUserDisabledHandler(IDocumentSession documentSession) : INotificationHandler<UserDisabledIntegrationEvent>
{
    public Task Handle(UserDisabledIntegrationEvent notification, CancellationToken cancellationToken)
    {
        documentSession.Store(new DeliveryCount(notification.UserId, notification.Deleted ? 2 : 1));
        return Task.CompletedTask;
    }
}
