using Codeflare.BuildingBlocks.Marten;
using Codeflare.BuildingBlocks.Security;
using Marten;

namespace Codeflare.BuildingBlocks.Events;

internal sealed class MartenAuditTrail(IDocumentStore store, RequestContext context, DenialCoalescer denials) : IAuditTrail
{
    // One stream per such event: they belong to no aggregate and must never contend.
    public Task RecordAsync(object securityEvent, CancellationToken cancellationToken) =>
        SaveAsync(documentSession => documentSession.Events.StartStream(Guid.NewGuid(), securityEvent), cancellationToken);

    public Task RecordAsync(Guid streamId, IReadOnlyList<object> securityEvents, CancellationToken cancellationToken) =>
        SaveAsync(documentSession => documentSession.Events.Append(streamId, securityEvents.ToArray()), cancellationToken);

    public Task RecordDenialAsync(IDenial denial, CancellationToken cancellationToken) => denials.RecordAsync(denial, context, cancellationToken);

    private async Task SaveAsync(Action<IDocumentSession> append, CancellationToken cancellationToken)
    {
        await using var documentSession = store.LightweightSession();
        EventMetadata.Apply(documentSession, context);
        append(documentSession);
        await documentSession.SaveChangesAsync(cancellationToken);
    }
}
