using System.Text.Json.Nodes;

namespace Codeflare.Audit.Contracts;

/// <summary>
/// One stored event as the audit log shows it (SPEC §14): its public type and module, who did it (user id, "system"
/// or "anonymous") with the email they had then, whom and which session it is about, the request's metadata, the fields
/// the policy records (secrets read "changed") and a one-sentence summary.
/// </summary>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset Time,
    string Type,
    string Module,
    string Actor,
    string? ActorEmail,
    Guid? User,
    Guid? Session,
    string? CorrelationId,
    string? CausationId,
    string? ClientIp,
    string? UserAgent,
    JsonNode? Data,
    string Summary);
