using Codeflare.BuildingBlocks.Auditing;

namespace Codeflare.Audit.Domain;

/// <summary>The tamper evidence's own events: checkpoints anchored outside the database, and verifications.</summary>
internal sealed class ChainAuditEvents : IAuditEventSource
{
    public IEnumerable<AuditEventDescription> Events =>
    [
        AuditEvent.For<AuditChainCheckpointed>("audit.checkpoint", AuditModules.Audit)
            .Recorded(e => new { e.Sequence, e.Link, e.ObjectKey, e.At })
            .Says((e, names) => $"{names.Actor} anchored the audit hash chain at event {e.Sequence:N0} in the object store ({e.ObjectKey})"),
        AuditEvent.For<AuditChainVerified>("audit.chain_verified", AuditModules.Audit)
            .Recorded(e => new { e.Valid, e.CheckedEvents, e.ChainedThrough, e.FirstBrokenSequence, e.Problem, e.VerifiedAt })
            .Says((e, names) => e.Valid
                ? $"{names.Actor} verified the audit hash chain: {e.CheckedEvents:N0} events intact through {e.ChainedThrough:N0}"
                : $"{names.Actor} verified the audit hash chain: broken at event {e.FirstBrokenSequence:N0} ({e.Problem})"),
    ];
}
