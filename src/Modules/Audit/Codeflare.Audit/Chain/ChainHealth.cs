using Codeflare.Audit.Domain;
using Codeflare.Audit.ReadModel;
using Codeflare.BuildingBlocks.Events;
using Marten;
using Npgsql;

namespace Codeflare.Audit.Chain;

/// <summary>
/// The last verification's result, in PostgreSQL so every host's readiness shows the same one, and as an event so
/// the log itself says when the chain was checked and what was found.
/// </summary>
internal sealed class ChainHealth(IDocumentStore store, AuditSchema schema, TimeProvider clock)
{
    private const string Upsert = """
        insert into codeflare.audit_chain_health (id, time, valid, checked_events, first_broken_sequence, reason)
        values (1, @time, @valid, @checked, @broken, @reason)
        on conflict (id) do update set time = excluded.time, valid = excluded.valid, checked_events = excluded.checked_events,
            first_broken_sequence = excluded.first_broken_sequence, reason = excluded.reason
        """;

    public async Task RecordAsync(ChainVerification result, IAuditTrail auditTrail, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using (var connection = store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(Upsert, connection);
            command.Parameters.AddWithValue("time", now.UtcDateTime);
            command.Parameters.AddWithValue("valid", result.Valid);
            command.Parameters.AddWithValue("checked", result.CheckedEvents);
            command.Parameters.AddWithValue("broken", (object?)result.FirstBrokenSequence ?? DBNull.Value);
            command.Parameters.AddWithValue("reason", (object?)result.Problem ?? DBNull.Value);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await auditTrail.RecordAsync(new AuditChainVerified(result.Valid, result.CheckedEvents, result.ChainedThrough,
            result.FirstBrokenSequence, result.Problem, now), cancellationToken);
    }

    /// <summary>The last result and when it was found; null before the first verification.</summary>
    public async Task<(DateTimeOffset At, bool Valid, long? FirstBroken, string? Problem)?> LastAsync(CancellationToken cancellationToken)
    {
        await schema.EnsureAsync(cancellationToken);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "select time, valid, first_broken_sequence, reason from codeflare.audit_chain_health where id = 1", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return (new DateTimeOffset(reader.GetDateTime(0), TimeSpan.Zero), reader.GetBoolean(1),
            reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3));
    }
}
