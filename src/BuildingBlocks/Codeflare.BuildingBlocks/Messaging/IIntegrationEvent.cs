using MediatR;

namespace Codeflare.BuildingBlocks.Messaging;

/// <summary>A fact one module publishes for others; delivered at least once from the event store.</summary>
public interface IIntegrationEvent : INotification;
