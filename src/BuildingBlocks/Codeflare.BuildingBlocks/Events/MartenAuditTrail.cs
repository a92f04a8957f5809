using Codeflare.BuildingBlocks.Marten;
using Codeflare.BuildingBlocks.Security;
using Marten;

namespace Codeflare.BuildingBlocks.Events;

internal sealed class MartenAuditTrail(IDocumentStore store, RequestContext context) : IAuditTrail
{
    public async Task RecordAsync(object securityEvent, CancellationToken cancellationToken)
    {
        await using var documentSession = store.LightweightSession();
        EventMetadata.Apply(documentSession, context);
        // One stream per security event: they belong to no aggregate and must never contend.
        documentSession.Events.StartStream(Guid.NewGuid(), securityEvent);
        await documentSession.SaveChangesAsync(cancellationToken);
    }
}
