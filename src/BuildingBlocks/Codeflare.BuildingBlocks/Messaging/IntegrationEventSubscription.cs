using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.Logging;

namespace Codeflare.BuildingBlocks.Messaging;

/// <summary>
/// The durable path between modules: Marten's async daemon feeds every committed event, in order and
/// from a stored checkpoint, to the dispatcher. A crash replays from the checkpoint (at least once).
/// </summary>
internal sealed class IntegrationEventSubscription : SubscriptionBase
{
    private const int Attempts = 3;
    private readonly IntegrationEventDispatcher dispatcher;
    private readonly ILogger<IntegrationEventSubscription> logger;

    public IntegrationEventSubscription(IntegrationEventDispatcher dispatcher, ILogger<IntegrationEventSubscription> logger)
    {
        this.dispatcher = dispatcher;
        this.logger = logger;
        Name = "integration-events";
        Options.BatchSize = 100;
    }

    public override async Task<IChangeListener> ProcessEventsAsync(EventRange page, ISubscriptionController controller,
        IDocumentOperations operations, CancellationToken cancellationToken)
    {
        foreach (var stored in page.Events)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await dispatcher.DispatchAsync(stored, cancellationToken);
                    break;
                }
                catch (Exception exception) when (attempt < Attempts && !cancellationToken.IsCancellationRequested)
                {
                    logger.LogWarning(exception, "Delivering event {Sequence} failed (attempt {Attempt})", stored.Sequence, attempt);
                    await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), cancellationToken);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    logger.LogError(exception, "Event {Sequence} dead-lettered after {Attempts} attempts", stored.Sequence, Attempts);
                    await controller.RecordDeadLetterEventAsync(stored, exception);
                    break;
                }
            }
        }
        return NullChangeListener.Instance;
    }
}
