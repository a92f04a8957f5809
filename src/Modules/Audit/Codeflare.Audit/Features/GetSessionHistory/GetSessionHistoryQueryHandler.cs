using Codeflare.Audit.Contracts;
using Codeflare.Audit.Domain;
using Codeflare.Audit.Features.ListAuditSessions;
using Codeflare.Audit.Filtering;
using Codeflare.Audit.ReadModel;
using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Events;
using Marten;
using MediatR;
using Npgsql;

namespace Codeflare.Audit.Features.GetSessionHistory;

/// <summary>A session's entries in order; deleted sessions keep theirs. Each read is recorded, on the session's own history.</summary>
internal sealed class GetSessionHistoryQueryHandler(IDocumentStore store, AuditReadiness readiness, IAuditTrail auditTrail, TimeProvider clock)
    : IRequestHandler<GetSessionHistoryQuery, SessionHistory>
{
    public async Task<SessionHistory> Handle(GetSessionHistoryQuery query, CancellationToken cancellationToken)
    {
        await readiness.WaitAsync(cancellationToken);
        var paging = new AuditPaging(query.Cursor, "oldest", query.Limit ?? AuditPaging.MaximumLimit.ToString());
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        var session = await FindAsync(connection, query.SessionId, cancellationToken) ?? throw new NotFoundException("session", query.SessionId);
        var filter = new AuditFilter(null, null, query.SessionId, null, null, null, null, null);
        var entries = new List<AuditEntry>();
        await using (var command = AuditSql.Select(filter, paging.After, newestFirst: false, paging.Size + 1, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) entries.Add(AuditEntryReader.Read(reader));
        var more = entries.Count > paging.Size;
        if (more) entries.RemoveAt(paging.Size);
        await auditTrail.RecordAsync(new SessionHistoryRead(query.SessionId, entries.Count, clock.GetUtcNow()), cancellationToken);
        return new SessionHistory(ListAuditSessionsQueryHandler.Show(session), entries, more ? entries[^1].Sequence : null);
    }

    private static async Task<DirectorySession?> FindAsync(NpgsqlConnection connection, Guid sessionId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"{DirectorySql.Select} where id = @id", connection);
        command.Parameters.AddWithValue("id", sessionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? DirectorySql.Read(reader) : null;
    }
}
