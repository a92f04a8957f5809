using Codeflare.Audit.Filtering;
using Codeflare.Audit.ReadModel;
using Marten;
using MediatR;
using Npgsql;
using NpgsqlTypes;

namespace Codeflare.Audit.Features.ListAuditSessions;

internal sealed class ListAuditSessionsQueryHandler(IDocumentStore store, AuditReadiness readiness)
    : IRequestHandler<ListAuditSessionsQuery, AuditSessionPage>
{
    public async Task<AuditSessionPage> Handle(ListAuditSessionsQuery query, CancellationToken cancellationToken)
    {
        await readiness.WaitAsync(cancellationToken);
        var paging = new AuditPaging(query.Cursor, null, query.Limit);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        var conditions = new List<string>();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            conditions.Add(@"(name ilike @q escape '\' or owner_email ilike @q escape '\' or id::text = @id)");
            command.Parameters.Add(new NpgsqlParameter("q", NpgsqlDbType.Text) { Value = AuditArgument.Anywhere(query.Q.Trim()) });
            command.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Text) { Value = query.Q.Trim().ToLowerInvariant() });
        }
        if (AuditArgument.Id(query.Owner) is { } owner)
        {
            conditions.Add("owner = @owner");
            command.Parameters.Add(new NpgsqlParameter("owner", NpgsqlDbType.Uuid) { Value = owner });
        }
        if (paging.After is { } after)
        {
            conditions.Add("created_sequence < @cursor");
            command.Parameters.Add(new NpgsqlParameter("cursor", NpgsqlDbType.Bigint) { Value = after });
        }
        command.CommandText = $"{DirectorySql.Select}{(conditions.Count == 0 ? "" : " where " + string.Join(" and ", conditions))} " +
            $"order by created_sequence desc limit {paging.Size + 1}";
        var found = new List<DirectorySession>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) found.Add(DirectorySql.Read(reader));
        var more = found.Count > paging.Size;
        if (more) found.RemoveAt(paging.Size);
        return new AuditSessionPage(found.Select(Show).ToList(), more ? found[^1].CreatedSequence : null);
    }

    internal static AuditSession Show(DirectorySession session) => new(
        session.Id, session.Name, session.OwnerId, session.OwnerEmail, session.Agent, session.Tier, session.CreatedAt,
        session.State, session.StateAt, session.Deleted);
}
