using Codeflare.Audit.Catalog;
using Codeflare.Audit.Contracts;
using Codeflare.BuildingBlocks.Marten;
using JasperFx.Events;

namespace Codeflare.Audit.Features.ListAuditEvents;

/// <summary>Turns a stored event into what an auditor may see: secret fields only say that they changed.</summary>
internal static class AuditEntries
{
    public static AuditEntry From(IEvent stored, AuditCatalog catalog)
    {
        var description = catalog.Find(stored.EventType);
        return new(
            stored.Sequence,
            description?.Name ?? catalog.NameOfStored(stored.EventTypeName),
            description?.Module ?? "unknown",
            stored.StreamId,
            stored.Timestamp,
            stored.UserName,
            stored.CorrelationId,
            stored.CausationId,
            Header(stored, EventMetadata.ClientIpHeader),
            Header(stored, EventMetadata.UserAgentHeader),
            AuditData.Of(stored.Data, description));
    }

    private static string? Header(IEvent stored, string name) => stored.GetHeader(name)?.ToString();
}
