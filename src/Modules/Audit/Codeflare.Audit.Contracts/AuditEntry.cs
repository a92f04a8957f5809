using System.Text.Json.Nodes;

namespace Codeflare.Audit.Contracts;

/// <summary>One stored event as the audit log shows it; secret fields read "changed".</summary>
public sealed record AuditEntry(
    long Sequence,
    string Type,
    string Module,
    Guid StreamId,
    DateTimeOffset Timestamp,
    string? Actor,
    string? CorrelationId,
    string? CausationId,
    string? ClientIp,
    string? UserAgent,
    JsonNode? Data);
