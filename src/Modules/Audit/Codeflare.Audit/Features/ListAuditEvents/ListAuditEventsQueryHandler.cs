using Codeflare.Audit.Catalog;
using Codeflare.Audit.Contracts;
using JasperFx.Events;
using Marten;
using MediatR;

namespace Codeflare.Audit.Features.ListAuditEvents;

/// <summary>The audit log is the event store itself, read in global sequence order with a sequence cursor.</summary>
internal sealed class ListAuditEventsQueryHandler(IQuerySession querySession, AuditCatalog catalog) : IRequestHandler<ListAuditEventsQuery, AuditPage>
{
    public async Task<AuditPage> Handle(ListAuditEventsQuery query, CancellationToken cancellationToken)
    {
        IQueryable<IEvent> events = querySession.Events.QueryAllRawEvents();
        if (query.Type is { } type)
        {
            var storedName = EventTypeNames.ToStored(type);
            events = events.Where(stored => stored.EventTypeName == storedName);
        }
        if (query.Actor is { } actor) events = events.Where(stored => stored.UserName == actor);
        if (query.From is { } from) events = events.Where(stored => stored.Timestamp >= from);
        if (query.To is { } to) events = events.Where(stored => stored.Timestamp <= to);
        if (query.Cursor is { } cursor)
            events = query.Order == AuditOrder.Newest
                ? events.Where(stored => stored.Sequence < cursor)
                : events.Where(stored => stored.Sequence > cursor);
        events = query.Order == AuditOrder.Newest
            ? events.OrderByDescending(stored => stored.Sequence)
            : events.OrderBy(stored => stored.Sequence);

        var page = await events.Take(query.Limit + 1).ToListAsync(cancellationToken);
        var entries = page.Take(query.Limit).Select(stored => AuditEntries.From(stored, catalog)).ToList();
        return new AuditPage(entries, page.Count > query.Limit ? entries[^1].Sequence : null);
    }
}
