using Codeflare.BuildingBlocks.Events;

namespace Codeflare.BuildingBlocks.Auditing;

/// <summary>The security events the pipeline and the host record themselves.</summary>
internal sealed class SecurityAuditEvents : IAuditEventSource
{
    public IEnumerable<AuditEventDescription> Events =>
    [
        AuditEvent.For<AccessDenied>("security.access_denied", AuditModules.Security)
            .Recorded(e => new { e.UserId, e.Permission, e.Request, e.DeniedAt }).About(user: e => e.UserId)
            .Says((e, names) => $"{names.Actor} was refused {e.Request}, which needs '{e.Permission}'"),
    ];
}
