using Codeflare.Audit.Catalog;
using Codeflare.Audit.ReadModel;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;

namespace Codeflare.Audit.Chain;

/// <summary>
/// Extends the hash chain page by page, in global order and only up to the daemon's high-water mark, so a link is
/// made once an event and every event before it are committed. It reads the events as PostgreSQL stores them
/// (not as this host deserialises them), which is also what the verification reads. The links commit with the
/// subscription's progress; the daemon runs it on one host at a time.
/// </summary>
internal sealed class AuditChainSubscription(AuditSchema schema, IDocumentStore store, AuditCatalog catalog) : IEventPageHandler
{
    public const string SubscriptionName = "audit-chain";

    private const string Insert = """
        insert into codeflare.audit_chain (sequence, link)
        select s, decode(l, 'hex') from unnest(?::bigint[], ?::text[]) as page(s, l)
        on conflict (sequence) do nothing
        """;

    public async Task<IChangeListener> ProcessEventsAsync(EventRange page, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        await schema.EnsureAsync(cancellationToken);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        var previous = await LinkBeforeAsync(connection, page.SequenceFloor, cancellationToken);
        var sequences = new List<long>();
        var links = new List<string>();
        await using (var command = ChainSql.Page(page.SequenceFloor, page.SequenceCeiling, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
            {
                var stored = ChainSql.Read(reader);
                previous = ChainLink.Next(previous, stored, catalog.NameOfStored(stored.Type));
                sequences.Add(stored.Sequence);
                links.Add(ChainLink.Hex(previous));
            }
        if (sequences.Count > 0) operations.QueueSqlCommand(Insert, sequences.ToArray(), links.ToArray());
        return NullChangeListener.Instance;
    }

    private static async Task<byte[]> LinkBeforeAsync(NpgsqlConnection connection, long floor, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "select link from codeflare.audit_chain where sequence <= @floor order by sequence desc limit 1", connection);
        command.Parameters.AddWithValue("floor", floor);
        return await command.ExecuteScalarAsync(cancellationToken) as byte[] ?? ChainLink.Genesis;
    }
}
