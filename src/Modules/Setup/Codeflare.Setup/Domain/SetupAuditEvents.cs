using Codeflare.BuildingBlocks.Auditing;

namespace Codeflare.Setup.Domain;

/// <summary>Setup's events as the audit log shows them.</summary>
internal sealed class SetupAuditEvents : IAuditEventSource
{
    private const string Module = AuditModules.Setup;

    public IEnumerable<AuditEventDescription> Events =>
    [
        AuditEvent.For<SetupCodeIssued>("setup.code_issued", Module)
            .Recorded(e => new { e.SetupId, e.IssuedAt }).Secret(e => new { e.CodeHash })
            .Says((_, _) => "The host issued a new one-time setup code"),
        AuditEvent.For<SetupAdminCreated>("setup.admin_created", Module)
            .Recorded(e => new { e.SetupId, e.UserId, e.CreatedAt }).About(user: e => e.UserId)
            .Says((e, names) => $"Setup created the first admin, {names.User(e.UserId)}"),
        AuditEvent.For<SetupCodeRejected>("setup.code_rejected", Module)
            .Recorded(e => new { e.SetupId, e.Email, e.RejectedAt })
            .Says((e, _) => $"A wrong setup code was entered for {e.Email}"),
    ];
}
