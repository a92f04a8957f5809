using Codeflare.BuildingBlocks.Messaging;

namespace Codeflare.Identity.Contracts;

/// <summary>The user may no longer act: their sign-ins already fail; other modules stop what they run for them.</summary>
public sealed record UserDisabledIntegrationEvent(Guid UserId, bool Deleted) : IIntegrationEvent;
