namespace Codeflare.Audit.ReadModel;

/// <summary>One event as the read model stores it: what the audit shows, and the columns its filters use.</summary>
internal sealed record AuditRow(
    long Sequence, DateTimeOffset Time, string Type, string Module, string Actor, string? ActorEmail, Guid? User, Guid? Session,
    Guid Stream, string? CorrelationId, string? CausationId, string? ClientIp, string? UserAgent, string Data, string Summary, string Search);
