namespace Codeflare.Audit.Chain;

/// <summary>
/// What a link covers of one stored event: its place (sequence, id, stream, version), what it says (type, data) and
/// everything recorded about it (metadata, headers, time). Data and headers are PostgreSQL's own text of the jsonb,
/// which is canonical (sorted keys, fixed spacing), so the same value always gives the same bytes.
/// </summary>
internal sealed record ChainEvent(
    long Sequence,
    Guid Id,
    Guid Stream,
    long Version,
    string Type,
    string Data,
    string? Headers,
    string? CorrelationId,
    string? CausationId,
    string? UserName,
    long TimestampMicroseconds);
