namespace Codeflare.Audit.Features.ListAuditSessions;

/// <summary>A session in the auditors' directory, deleted ones included.</summary>
internal sealed record AuditSession(
    Guid Id, string? Name, Guid? OwnerId, string? OwnerEmail, string? Agent, string? Tier, DateTimeOffset? CreatedAt,
    string State, DateTimeOffset StateAt, bool Deleted);
