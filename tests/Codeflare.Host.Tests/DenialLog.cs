using Npgsql;

namespace Codeflare.Host.Tests;

/// <summary>The stored refusals and open denial windows, read straight from PostgreSQL, independent of the audit API.</summary>
internal static class DenialLog
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public sealed record Denial(string Actor, string Permission, string Request, int Count, DateTimeOffset DeniedAt, DateTimeOffset? LastAt);

    public static async Task<List<Denial>> AccessDeniedAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select user_name, data->>'permission', data->>'request', coalesce((data->>'count')::int, 1), (data->>'deniedAt')::timestamptz, "
            + "(data->>'lastAt')::timestamptz from codeflare.mt_events where type = 'access_denied' order by seq_id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var denials = new List<Denial>();
        while (await reader.ReadAsync())
            denials.Add(new Denial(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5)));
        return denials;
    }

    public sealed record Refusal(string Method, string Reason, int Count);

    public static async Task<List<Refusal>> TerminalCallRefusedAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select data->>'method', data->>'reason', coalesce((data->>'count')::int, 1) from codeflare.mt_events "
            + "where type = 'terminal_call_refused' order by seq_id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var refusals = new List<Refusal>();
        while (await reader.ReadAsync()) refusals.Add(new Refusal(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        return refusals;
    }

    /// <summary>When each open window started (the host's clock), oldest first.</summary>
    public static async Task<List<DateTimeOffset>> OpenWindowsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select window_start from codeflare.audit_denials order by window_start", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var starts = new List<DateTimeOffset>();
        while (await reader.ReadAsync()) starts.Add(reader.GetFieldValue<DateTimeOffset>(0));
        return starts;
    }

    /// <summary>Reads until <paramref name="done"/> holds, for at most half a minute; the last reading either way.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(100);
        }
    }
}
