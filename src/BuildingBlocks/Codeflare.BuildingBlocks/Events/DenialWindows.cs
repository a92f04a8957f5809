using Codeflare.BuildingBlocks.Marten;
using Codeflare.BuildingBlocks.Security;
using Marten;
using Marten.Services;
using Npgsql;

namespace Codeflare.BuildingBlocks.Events;

/// <summary>
/// Closes denial windows: claims their rows and appends the summaries of their repeats in one transaction, so a
/// host that dies in between leaves the rows for the next flush, and two hosts never write the same repeats twice
/// (a claimed row is deleted, so nobody else can claim it; <c>skip locked</c> lets the other flush pass it by).
/// </summary>
internal sealed class DenialWindows(IDocumentStore store)
{
    private const string Returning = "returning event_type, payload, repeats, first_repeat_at, last_repeat_at, repeat_metadata";
    private const int Batch = 200;

    private string Table => $"{store.Options.DatabaseSchemaName}.{DenialTable.Name}";

    /// <summary>Every window opened at or before <paramref name="cutoff"/>, a batch per transaction; how many were closed.</summary>
    public async Task<int> CloseExpiredAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var sql = $"delete from {Table} where key in (select key from {Table} where window_start <= @cutoff and event_type = any(@types) "
            + $"order by window_start limit {Batch} for update skip locked) {Returning}";
        int closed, total = 0;
        do total += closed = await CloseAsync(sql, cutoff, null, cancellationToken);
        while (closed == Batch && !cancellationToken.IsCancellationRequested);
        return total;
    }

    /// <summary>One key's window if it opened at or before <paramref name="cutoff"/>, so a new one can open.</summary>
    public Task<int> CloseAsync(string key, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        CloseAsync($"delete from {Table} where key = @key and window_start <= @cutoff and event_type = any(@types) {Returning}", cutoff, key, cancellationToken);

    private async Task<int> CloseAsync(string sql, DateTimeOffset cutoff, string? key, CancellationToken cancellationToken)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var windows = await ClaimAsync(connection, sql, cutoff, key, cancellationToken);
        foreach (var window in windows)
        {
            if (window.Summary() is not { } summary) continue;
            await using var documentSession = store.LightweightSession(SessionOptions.ForTransaction(transaction));
            EventMetadata.Apply(documentSession, window.RepeatMetadata?.ToContext() ?? new RequestContext());
            documentSession.Events.StartStream(Guid.NewGuid(), summary);
            await documentSession.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return windows.Count;
    }

    private async Task<List<ClosedDenialWindow>> ClaimAsync(
        NpgsqlConnection connection, string sql, DateTimeOffset cutoff, string? key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("cutoff", cutoff.ToUniversalTime());
        command.Parameters.AddWithValue("types", DenialTypes.KnownTo(store));
        if (key is not null) command.Parameters.AddWithValue("key", key);
        var serializer = store.Options.Serializer();
        var windows = new List<ClosedDenialWindow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var type = DenialTypes.Find(reader.GetString(0))
                ?? throw new InvalidOperationException($"Denial type {reader.GetString(0)} was claimed but cannot be loaded.");
            windows.Add(new ClosedDenialWindow(
                (IDenial)serializer.FromJson(type, reader, 1), reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : (DenialMetadata)serializer.FromJson(typeof(DenialMetadata), reader, 5)));
        }
        return windows;
    }
}
