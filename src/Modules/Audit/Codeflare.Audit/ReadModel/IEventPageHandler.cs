using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;

namespace Codeflare.Audit.ReadModel;

/// <summary>One page of the global event order, whose writes commit with the subscription's progress.</summary>
internal interface IEventPageHandler
{
    Task<IChangeListener> ProcessEventsAsync(EventRange page, IDocumentOperations operations, CancellationToken cancellationToken);
}
