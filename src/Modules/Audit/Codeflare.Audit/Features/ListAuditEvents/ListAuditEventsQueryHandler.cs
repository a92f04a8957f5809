using Codeflare.Audit.Contracts;
using Codeflare.Audit.Filtering;
using Codeflare.Audit.ReadModel;
using Marten;
using MediatR;

namespace Codeflare.Audit.Features.ListAuditEvents;

/// <summary>
/// A page of the read model. It only grows at its end and holds nothing past the daemon's high-water mark, so a
/// sequence cursor is stable both ways: oldest-first never skips a late commit, newest-first never repeats.
/// </summary>
internal sealed class ListAuditEventsQueryHandler(IDocumentStore store, AuditReadiness readiness) : IRequestHandler<ListAuditEventsQuery, AuditPage>
{
    public async Task<AuditPage> Handle(ListAuditEventsQuery query, CancellationToken cancellationToken)
    {
        await readiness.WaitAsync(cancellationToken);
        var size = query.Paging.Size;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = AuditSql.Select(query.Filter.ToFilter(), query.Paging.After, query.Paging.NewestFirst, size + 1, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>(size + 1);
        while (await reader.ReadAsync(cancellationToken)) entries.Add(AuditEntryReader.Read(reader));
        var more = entries.Count > size;
        if (more) entries.RemoveAt(size);
        return new AuditPage(entries, more ? entries[^1].Sequence : null);
    }
}
