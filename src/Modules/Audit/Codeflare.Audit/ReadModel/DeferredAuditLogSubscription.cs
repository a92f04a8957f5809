using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Audit.ReadModel;

/// <summary>
/// Subscriptions are registered while Marten builds the document store, and the audit log's needs that store: the real
/// subscription is resolved at its first page, when the store exists.
/// </summary>
internal sealed class DeferredAuditLogSubscription : SubscriptionBase
{
    private readonly Lazy<AuditLogSubscription> subscription;

    public DeferredAuditLogSubscription(IServiceProvider services)
    {
        subscription = new Lazy<AuditLogSubscription>(services.GetRequiredService<AuditLogSubscription>);
        Name = AuditLogSubscription.SubscriptionName;
        Options.BatchSize = 1000;
    }

    public override Task<IChangeListener> ProcessEventsAsync(EventRange page, ISubscriptionController controller,
        IDocumentOperations operations, CancellationToken cancellationToken) =>
        subscription.Value.ProcessEventsAsync(page, controller, operations, cancellationToken);
}
