using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Audit.ReadModel;

/// <summary>
/// Subscriptions are registered while Marten builds the document store, and the audit's need that store: the real
/// subscription is resolved at its first page, when the store exists.
/// </summary>
internal sealed class DeferredSubscription<T> : SubscriptionBase where T : class, IEventPageHandler
{
    private readonly Lazy<T> subscription;

    public DeferredSubscription(IServiceProvider services, string name)
    {
        subscription = new Lazy<T>(services.GetRequiredService<T>);
        Name = name;
        Options.BatchSize = 1000;
    }

    public override Task<IChangeListener> ProcessEventsAsync(EventRange page, ISubscriptionController controller,
        IDocumentOperations operations, CancellationToken cancellationToken) =>
        subscription.Value.ProcessEventsAsync(page, operations, cancellationToken);
}
