using Marten;
using Npgsql;

namespace Codeflare.Audit.ReadModel;

/// <summary>
/// A read of the audit sees every event committed before it was asked: it waits (boundedly) until the read model has
/// applied the highest committed sequence. Past the bound it answers with what is there rather than hang.
/// </summary>
internal sealed class AuditReadiness(IDocumentStore store, AuditSchema schema, TimeProvider clock)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);
    private const string Progress = "select coalesce((select last_seq_id from codeflare.mt_event_progression where name = @name), 0)";

    /// <summary>The sequence the read model (or the named subscription) had reached when the wait ended.</summary>
    public async Task<long> WaitAsync(CancellationToken cancellationToken, string subscription = AuditLogSubscription.SubscriptionName)
    {
        await schema.EnsureAsync(cancellationToken);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        var committed = await ScalarAsync(connection, "select coalesce(max(seq_id), 0) from codeflare.mt_events", subscription, cancellationToken);
        var deadline = clock.GetUtcNow() + Bound;
        while (true)
        {
            var applied = await ScalarAsync(connection, Progress, subscription, cancellationToken);
            if (applied >= committed || clock.GetUtcNow() >= deadline) return applied;
            await Task.Delay(Poll, clock, cancellationToken);
        }
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, string subscription, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("name", $"{subscription}:All");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }
}
