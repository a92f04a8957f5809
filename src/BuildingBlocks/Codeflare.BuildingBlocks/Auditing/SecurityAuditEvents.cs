using Codeflare.BuildingBlocks.Events;

namespace Codeflare.BuildingBlocks.Auditing;

/// <summary>The security events the pipeline and the host record themselves.</summary>
internal sealed class SecurityAuditEvents : IAuditEventSource
{
    public IEnumerable<AuditEventDescription> Events =>
    [
        AuditEvent.For<AccessDenied>("security.access_denied", AuditModules.Security)
            .Recorded(e => new { e.UserId, e.Permission, e.Request, e.DeniedAt, e.Count, e.LastAt }).About(user: e => e.UserId)
            // A summary of a denial window's repeats follows the refusal written at once, hence "more".
            .Says((e, names) => $"{names.Actor} was refused {e.Request}{(e.Count > 1 ? $" {e.Count} more times" : "")}, which needs '{e.Permission}'"),
    ];
}
