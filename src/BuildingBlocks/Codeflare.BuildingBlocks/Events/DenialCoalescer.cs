using Codeflare.BuildingBlocks.Marten;
using Codeflare.BuildingBlocks.Security;
using Marten;
using Marten.Services;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Codeflare.BuildingBlocks.Events;

/// <summary>
/// The write path of a refusal: one atomic upsert on its key decides whether it opens a window (written at once,
/// in the same transaction) or repeats inside one (counted only). A key whose window has passed but was not
/// flushed yet is closed here first, so a refusal after the window always opens a new one.
/// </summary>
internal sealed class DenialCoalescer(IDocumentStore store, DenialWindows windows, IOptions<DenialOptions> options)
{
    // Normally one round, two after a window that nobody flushed yet; more only if that window cannot be closed.
    private const int Rounds = 3;

    private string Table => $"{store.Options.DatabaseSchemaName}.{DenialTable.Name}";

    public async Task RecordAsync(IDenial denial, RequestContext context, CancellationToken cancellationToken)
    {
        var key = DenialKey.For(context, denial);
        var cutoff = DenialWindow.CutoffFor(denial.At, options.Value.DenialWindow);
        for (var round = 0; round < Rounds; round++)
        {
            if (await CountAsync(key, denial, cutoff, context, cancellationToken)) return;
            await windows.CloseAsync(key, cutoff, cancellationToken);
        }
        // Written on its own rather than lost.
        await AppendAsync(denial, context, null, cancellationToken);
    }

    /// <summary>False when the key's window has passed: then nothing was written.</summary>
    private async Task<bool> CountAsync(string key, IDenial denial, DateTimeOffset cutoff, RequestContext context, CancellationToken cancellationToken)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"insert into {Table} as denial (key, event_type, payload, window_start) values (@key, @type, @payload, @at) "
            + "on conflict (key) do update set repeats = denial.repeats + 1, first_repeat_at = least(denial.first_repeat_at, @at), "
            + "last_repeat_at = greatest(denial.last_repeat_at, @at), repeat_metadata = coalesce(denial.repeat_metadata, @metadata) "
            + "where denial.window_start > @cutoff returning denial.repeats", connection);
        var serializer = store.Options.Serializer();
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("type", DenialTypes.NameOf(denial.GetType()));
        command.Parameters.AddWithValue("payload", NpgsqlDbType.Jsonb, serializer.ToJson(denial));
        command.Parameters.AddWithValue("at", denial.At.ToUniversalTime());
        command.Parameters.AddWithValue("cutoff", cutoff.ToUniversalTime());
        command.Parameters.AddWithValue("metadata", NpgsqlDbType.Jsonb, serializer.ToJson(DenialMetadata.Of(context)));
        if (await command.ExecuteScalarAsync(cancellationToken) is not int repeats) return false;
        if (repeats == 0) await AppendAsync(denial, context, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>In the window's transaction, or (<paramref name="transaction"/> null) in one of its own.</summary>
    private async Task AppendAsync(IDenial denial, RequestContext context, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var documentSession = transaction is null ? store.LightweightSession() : store.LightweightSession(SessionOptions.ForTransaction(transaction));
        EventMetadata.Apply(documentSession, context);
        documentSession.Events.StartStream(Guid.NewGuid(), denial);
        await documentSession.SaveChangesAsync(cancellationToken);
    }
}
