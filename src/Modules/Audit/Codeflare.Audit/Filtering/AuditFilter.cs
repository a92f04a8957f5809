namespace Codeflare.Audit.Filtering;

/// <summary>Validated audit filters; every one set narrows the result (they combine with "and").</summary>
internal sealed record AuditFilter(
    string? Actor, Guid? User, Guid? Session, string? Module, string? Type, DateTimeOffset? From, DateTimeOffset? To, string? Text);
