using Codeflare.Audit.Catalog;
using Codeflare.Audit.ReadModel;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Storage.Contracts;
using Marten;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Codeflare.Audit.Chain;

/// <summary>
/// Recomputes the chain from the stored events up to its newest link, against the chain table and the checkpoints
/// the object store keeps. The links and the events are read as two ordered streams side by side, so memory stays
/// constant whatever the length of the log.
/// </summary>
internal sealed class ChainVerifier(
    IDocumentStore store, AuditSchema schema, AuditCatalog catalog, ChainInstance instance, IServiceScopeFactory scopes, ILogger<ChainVerifier> logger)
{
    private static readonly TimeSpan StoreBound = TimeSpan.FromSeconds(15);

    public async Task<ChainVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await schema.EnsureAsync(cancellationToken);
        var checkpoints = await CheckpointsAsync(cancellationToken);
        var result = await WalkAsync(checkpoints ?? [], cancellationToken);
        return checkpoints is null ? result with { CheckpointsUnavailable = true } : result;
    }

    private async Task<ChainVerification> WalkAsync(IReadOnlyList<(long Sequence, string Link)> checkpoints, CancellationToken cancellationToken)
    {
        await using var linkConnection = await OpenAsync(cancellationToken);
        await using var eventConnection = await OpenAsync(cancellationToken);
        var head = await HeadAsync(linkConnection, cancellationToken);
        var through = head?.Sequence ?? 0;

        await using var linkCommand = new NpgsqlCommand(
            "select sequence, link from codeflare.audit_chain where sequence <= @through order by sequence", linkConnection);
        linkCommand.Parameters.AddWithValue("through", through);
        await using var eventCommand = new NpgsqlCommand(
            $"select {ChainSql.Columns} from codeflare.mt_events e where e.seq_id <= @through and {ChainSql.Chained} order by e.seq_id", eventConnection);
        eventCommand.Parameters.AddWithValue("through", through);
        await using var links = await linkCommand.ExecuteReaderAsync(cancellationToken);
        await using var events = await eventCommand.ExecuteReaderAsync(cancellationToken);

        var walk = new ChainWalk(checkpoints);
        var link = await links.ReadAsync(cancellationToken) ? links.GetInt64(0) : (long?)null;
        var stored = await events.ReadAsync(cancellationToken) ? ChainSql.Read(events) : null;
        while (!walk.Broken && (link is not null || stored is not null))
        {
            if (link is not null && stored is not null && link == stored.Sequence)
                walk.Linked(stored, catalog.NameOfStored(stored.Type), (byte[])links[1]);
            else if (stored is not null && (link is null || stored.Sequence < link))
            {
                walk.Unlinked(stored.Sequence);
                break;
            }
            else
            {
                walk.Missing(link!.Value);
                break;
            }
            link = await links.ReadAsync(cancellationToken) ? links.GetInt64(0) : null;
            stored = await events.ReadAsync(cancellationToken) ? ChainSql.Read(events) : null;
        }
        return walk.Finish(through, head);
    }

    /// <summary>
    /// The store's checkpoints, or null when it cannot be read in time: the chain is then checked on its own and the
    /// answer says the checkpoints were not, rather than fail the whole verification.
    /// </summary>
    private async Task<IReadOnlyList<(long Sequence, string Link)>?> CheckpointsAsync(CancellationToken cancellationToken)
    {
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(StoreBound);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<RequestContext>().RunAsSystem();
            var stored = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListAuditCheckpointsQuery(instance.Id), bound.Token);
            return stored.OrderBy(checkpoint => checkpoint.Sequence).Select(checkpoint => (checkpoint.Sequence, checkpoint.Link)).ToList();
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "The audit checkpoints could not be read from the object store; verifying the chain without them");
            return null;
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    internal static async Task<ChainHead?> HeadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select sequence, link from codeflare.audit_chain order by sequence desc limit 1", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new ChainHead(reader.GetInt64(0), ChainLink.Hex((byte[])reader[1])) : null;
    }
}
