namespace Codeflare.Audit.Filtering;

/// <summary>The audit filters of SPEC §14 as the caller sent them; validated before they become an <see cref="AuditFilter"/>.</summary>
internal sealed record AuditFilterArguments(
    string? Actor = null, string? User = null, string? Session = null, string? Module = null, string? Type = null,
    string? From = null, string? To = null, string? Q = null)
{
    public AuditFilter ToFilter() => new(
        Actor, AuditArgument.Id(User), AuditArgument.Id(Session), Module, Type, AuditArgument.Time(From), AuditArgument.Time(To),
        string.IsNullOrWhiteSpace(Q) ? null : Q.Trim());
}
