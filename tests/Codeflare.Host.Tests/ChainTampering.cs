using Marten;
using Marten.Services;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Codeflare.Host.Tests;

/// <summary>What someone with write access to PostgreSQL could do to a stored event, and the undoing of it.</summary>
internal sealed class ChainTampering(string connectionString)
{
    public Task<long> SequenceOfAsync(string where) =>
        ScalarAsync<long>($"select seq_id from codeflare.mt_events where {where} order by seq_id limit 1");

    public Task<string> RowAsync(long sequence) =>
        ScalarAsync<string>($"select to_jsonb(e)::text from codeflare.mt_events e where seq_id = {sequence}");

    /// <summary>The chain table's link at a sequence, as lower-case hex.</summary>
    public Task<string> LinkAsync(long sequence) =>
        ScalarAsync<string>($"select encode(link, 'hex') from codeflare.audit_chain where sequence = {sequence}");

    /// <summary>Until the chain has linked every stored event (a rebuilt chain starts when the daemon's leader does).</summary>
    public async Task WaitForChainAsync(TimeSpan bound)
    {
        const string behind = "select (select coalesce(max(seq_id), 0) from codeflare.mt_events) - coalesce((select last_seq_id " +
            "from codeflare.mt_event_progression where name = 'audit-chain:All'), 0)";
        var deadline = DateTime.UtcNow + bound;
        while (await ScalarAsync<long>(behind) > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the chain did not catch up within {bound}");
            await Task.Delay(200);
        }
    }

    public Task ExecuteAsync(string sql) => ScalarAsync<object?>(sql);

    /// <summary>How many sequences below the highest have no event (taken by appends that never committed).</summary>
    public Task<long> GapsAsync() => ScalarAsync<long>("select max(seq_id) - count(*) from codeflare.mt_events");

    /// <summary>An append whose transaction rolls back: its sequence is taken and never used.</summary>
    public async Task RollBackAnAppendAsync(IDocumentStore store)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var session = store.LightweightSession(SessionOptions.ForTransaction(transaction));
        session.Events.StartStream(Guid.NewGuid(), new AuditPagingTests.PagingProbe(0, 0));
        await session.SaveChangesAsync();
        await transaction.RollbackAsync();
    }

    public Task DeleteAsync(long sequence) => ExecuteAsync($"delete from codeflare.mt_events where seq_id = {sequence}");

    /// <summary>Puts a row back exactly as <see cref="RowAsync"/> read it, in place or after a delete.</summary>
    public async Task RestoreAsync(long sequence, string row)
    {
        await DeleteAsync(sequence);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "insert into codeflare.mt_events select * from jsonb_populate_record(null::codeflare.mt_events, @row::jsonb)", connection);
        command.Parameters.AddWithValue("row", row);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
