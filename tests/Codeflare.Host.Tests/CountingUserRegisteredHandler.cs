using Codeflare.Identity.Contracts;
using Marten;
using MediatR;

namespace Codeflare.Host.Tests;

/// <summary>A cross-module reaction as a real module would write one: it changes state in the scope's session.</summary>
internal sealed class CountingUserRegisteredHandler(IDocumentSession documentSession) : INotificationHandler<UserRegisteredIntegrationEvent>
{
    public async Task Handle(UserRegisteredIntegrationEvent notification, CancellationToken cancellationToken)
    {
        var current = await documentSession.LoadAsync<DeliveryCount>(notification.UserId, cancellationToken);
        documentSession.Store(new DeliveryCount(notification.UserId, (current?.Count ?? 0) + 1));
    }
}
