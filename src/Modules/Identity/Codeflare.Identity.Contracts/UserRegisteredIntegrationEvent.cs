using Codeflare.BuildingBlocks.Messaging;

namespace Codeflare.Identity.Contracts;

/// <summary>A user account now exists, with these roles.</summary>
public sealed record UserRegisteredIntegrationEvent(Guid UserId, string Email, IReadOnlyList<string> Roles) : IIntegrationEvent;
