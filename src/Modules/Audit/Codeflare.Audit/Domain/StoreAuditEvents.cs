using Codeflare.BuildingBlocks.Auditing;
using JasperFx.Events;

namespace Codeflare.Audit.Domain;

/// <summary>The event store's own events (Marten writes them when a stream is archived).</summary>
internal sealed class StoreAuditEvents : IAuditEventSource
{
    public IEnumerable<AuditEventDescription> Events =>
    [
        AuditEvent.For<Archived>("stream.archived", AuditModules.Audit)
            .Recorded(e => new { e.Reason })
            .Says((e, names) => $"{names.Actor} archived a stream ({e.Reason})"),
    ];
}
