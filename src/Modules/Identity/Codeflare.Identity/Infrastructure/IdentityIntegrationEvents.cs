using Codeflare.BuildingBlocks.Messaging;
using Codeflare.Identity.Contracts;
using Codeflare.Identity.Domain;

namespace Codeflare.Identity.Infrastructure;

internal sealed class IdentityIntegrationEvents : IIntegrationEventMapper
{
    public IIntegrationEvent? Map(object domainEvent) => domainEvent switch
    {
        UserRegistered registered => new UserRegisteredIntegrationEvent(registered.UserId, registered.Email, registered.Roles),
        UserDisabled disabled => new UserDisabledIntegrationEvent(disabled.UserId, Deleted: false),
        UserDeleted deleted => new UserDisabledIntegrationEvent(deleted.UserId, Deleted: true),
        _ => null,
    };
}
