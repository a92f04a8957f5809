using Npgsql;

namespace Codeflare.Audit.Chain;

/// <summary>How the chain reads events: the same columns and the same text for building links and for checking them.</summary>
internal static class ChainSql
{
    /// <summary>
    /// Marten fills a sequence that a failed append had reserved with a tombstone: it carries nothing, may arrive after
    /// the chain has passed its place, and is therefore not chained.
    /// </summary>
    public const string Chained = "e.type <> 'tombstone'";

    public const string Columns = """
        e.seq_id, e.id, e.stream_id, e.version, e.type, e.data::text, e.headers::text, e.correlation_id, e.causation_id,
        e.user_name, (extract(epoch from e.timestamp) * 1000000)::bigint
        """;

    /// <summary>The events of one daemon page, in order.</summary>
    public static NpgsqlCommand Page(long floor, long ceiling, NpgsqlConnection connection)
    {
        var command = new NpgsqlCommand($"""
            select {Columns} from codeflare.mt_events e
            where e.seq_id > @floor and e.seq_id <= @ceiling and {Chained} order by e.seq_id
            """, connection);
        command.Parameters.AddWithValue("floor", floor);
        command.Parameters.AddWithValue("ceiling", ceiling);
        return command;
    }

    /// <summary>Reads the columns of <see cref="Columns"/> starting at <paramref name="first"/>.</summary>
    public static ChainEvent Read(NpgsqlDataReader reader, int first = 0) => new(
        reader.GetInt64(first),
        reader.GetGuid(first + 1),
        reader.GetGuid(first + 2),
        reader.GetInt64(first + 3),
        reader.GetString(first + 4),
        reader.GetString(first + 5),
        Optional(reader, first + 6),
        Optional(reader, first + 7),
        Optional(reader, first + 8),
        Optional(reader, first + 9),
        reader.GetInt64(first + 10));

    private static string? Optional(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
