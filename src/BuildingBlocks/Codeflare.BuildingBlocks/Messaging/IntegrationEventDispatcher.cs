using Codeflare.BuildingBlocks.Marten;
using Codeflare.BuildingBlocks.Security;
using JasperFx.Events;
using Marten;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.BuildingBlocks.Messaging;

/// <summary>
/// Hands one stored event to every notification handler of the integration events it maps to.
/// Each handler runs in its own scope whose context continues the event's correlation, and an inbox
/// marker committed with the handler's own writes makes redelivery harmless.
/// </summary>
internal sealed class IntegrationEventDispatcher(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task DispatchAsync(IEvent stored, CancellationToken cancellationToken)
    {
        await using var mapping = scopes.CreateAsyncScope();
        foreach (var mapper in mapping.ServiceProvider.GetServices<IIntegrationEventMapper>())
        {
            if (mapper.Map(stored.Data) is not { } integrationEvent) continue;
            var handlerType = typeof(INotificationHandler<>).MakeGenericType(integrationEvent.GetType());
            var handlerCount = mapping.ServiceProvider.GetServices(handlerType).Count();
            for (var index = 0; index < handlerCount; index++)
                await HandleOnceAsync(stored, integrationEvent, handlerType, index, cancellationToken);
        }
    }

    private async Task HandleOnceAsync(IEvent stored, IIntegrationEvent integrationEvent, Type handlerType, int index, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices(handlerType).ElementAt(index)!;
        var context = scope.ServiceProvider.GetRequiredService<RequestContext>();
        context.RunAsSystem();
        context.CorrelationId = stored.CorrelationId ?? context.CorrelationId;
        context.CausationId = stored.Id.ToString();

        var documentSession = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        var markerId = $"{handler.GetType().FullName}/{stored.Id}";
        if (await documentSession.LoadAsync<ProcessedNotification>(markerId, cancellationToken) is not null) return;
        documentSession.Store(new ProcessedNotification(markerId, clock.GetUtcNow()));

        var handle = handlerType.GetMethod(nameof(INotificationHandler<INotification>.Handle))!;
        await (Task)handle.Invoke(handler, [integrationEvent, cancellationToken])!;
        // Writes a handler leaves to this save (no command of its own) carry the event's correlation too.
        EventMetadata.Apply(documentSession, context);
        await documentSession.SaveChangesAsync(cancellationToken);
    }
}
