namespace Codeflare.BuildingBlocks.Events;

/// <summary>An actor asked for something its permissions do not allow.</summary>
public sealed record AccessDenied(Guid? UserId, string Permission, string Request, DateTimeOffset DeniedAt);
