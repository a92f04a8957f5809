namespace Codeflare.BuildingBlocks.Messaging;

/// <summary>
/// A module's translation of its own stored domain events into the integration events of its contracts,
/// so other modules never see its internal event types.
/// </summary>
public interface IIntegrationEventMapper
{
    IIntegrationEvent? Map(object domainEvent);
}
