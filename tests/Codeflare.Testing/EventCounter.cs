using Npgsql;

namespace Codeflare.Testing;

/// <summary>Counts stored events straight from Marten's table, independent of any code under test.</summary>
public static class EventCounter
{
    public static async Task<long> LastSequenceAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select coalesce(max(seq_id), 0) from codeflare.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<long> CountAsync(string connectionString, string? eventTypeName = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // Untyped counts leave out the audit's own housekeeping, which a host appends on its timers whatever a test does.
        var sql = "select count(*) from codeflare.mt_events " + (eventTypeName is null
            ? "where type not in ('audit_chain_verified', 'audit_chain_checkpointed')"
            : "where type = @type");
        await using var command = new NpgsqlCommand(sql, connection);
        if (eventTypeName is not null) command.Parameters.AddWithValue("type", eventTypeName);
        try
        {
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }
}
