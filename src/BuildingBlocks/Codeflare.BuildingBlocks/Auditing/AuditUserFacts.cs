namespace Codeflare.BuildingBlocks.Auditing;

/// <summary>An account's email as of an event, so entries name actors and targets by the email they had then.</summary>
public sealed record AuditUserFacts(Guid UserId, string Email);
