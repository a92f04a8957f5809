using Npgsql;

namespace Codeflare.Audit.ReadModel;

/// <summary>The session directory's one row shape, for the subscription that writes it and the query that lists it.</summary>
internal static class DirectorySql
{
    public const string Select =
        "select id, owner, owner_email, name, agent, tier, created_at, created_sequence, state, state_at, deleted from codeflare.audit_sessions";

    public const string Upsert = """
        insert into codeflare.audit_sessions (id, owner, owner_email, name, agent, tier, created_at, created_sequence, state, state_at, deleted)
        values (?, ?::uuid, ?::text, ?::text, ?::text, ?::text, ?::timestamptz, ?, ?, ?, ?)
        on conflict (id) do update set owner = excluded.owner, owner_email = excluded.owner_email, name = excluded.name,
            agent = excluded.agent, tier = excluded.tier, state = excluded.state, state_at = excluded.state_at, deleted = excluded.deleted
        """;

    public static DirectorySession Read(NpgsqlDataReader reader) => new(reader.GetGuid(0))
    {
        OwnerId = reader.IsDBNull(1) ? null : reader.GetGuid(1),
        OwnerEmail = reader.IsDBNull(2) ? null : reader.GetString(2),
        Name = reader.IsDBNull(3) ? null : reader.GetString(3),
        Agent = reader.IsDBNull(4) ? null : reader.GetString(4),
        Tier = reader.IsDBNull(5) ? null : reader.GetString(5),
        CreatedAt = reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
        CreatedSequence = reader.GetInt64(7),
        State = reader.GetString(8),
        StateAt = reader.GetFieldValue<DateTimeOffset>(9),
        Deleted = reader.GetBoolean(10),
    };
}
