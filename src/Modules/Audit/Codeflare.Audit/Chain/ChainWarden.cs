using Codeflare.BuildingBlocks.Events;
using Codeflare.BuildingBlocks.Security;
using Marten;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Codeflare.Audit.Chain;

/// <summary>
/// Every host looks often whether a checkpoint or a verification is due (both dates are in PostgreSQL, so a restart
/// does not make them early), and the one that takes the advisory lock does it: never two hosts at once, and a host
/// that dies releases the lock with its connection.
/// </summary>
internal sealed class ChainWarden(
    IDocumentStore store, ChainCheckpointer checkpointer, ChainVerifier verifier, ChainHealth health, IServiceScopeFactory scopes,
    IOptions<AuditChainOptions> options, TimeProvider clock, ILogger<ChainWarden> logger) : BackgroundService
{
    private const long LockKey = 0x4175_6469_7443_6861;

    private TimeSpan Tick => new[] { options.Value.CheckpointInterval / 4, options.Value.ChainVerifyInterval / 4, TimeSpan.FromMinutes(1) }.Min();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Tick, clock);
        do
        {
            try
            {
                await WatchAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Checkpointing or verifying the audit hash chain failed; trying again in {Tick}", Tick);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        if (!await LockAsync(connection, "pg_try_advisory_lock", cancellationToken)) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<RequestContext>().RunAsSystem();
            var auditTrail = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
            var now = clock.GetUtcNow();
            if (await checkpointer.LastAsync(cancellationToken) is not { } checkpointed || now - checkpointed >= options.Value.CheckpointInterval)
                await checkpointer.KeepAsync(scope.ServiceProvider.GetRequiredService<IMediator>(), auditTrail, cancellationToken);
            if (await health.LastAsync(cancellationToken) is not { } verified || now - verified.At >= options.Value.ChainVerifyInterval)
            {
                var result = await verifier.VerifyAsync(cancellationToken);
                if (!result.Valid) logger.LogError("The audit hash chain is broken at event {Sequence}: {Problem}", result.FirstBrokenSequence, result.Problem);
                await health.RecordAsync(result, auditTrail, cancellationToken);
            }
        }
        finally
        {
            await LockAsync(connection, "pg_advisory_unlock", CancellationToken.None);
        }
    }

    private static async Task<bool> LockAsync(NpgsqlConnection connection, string function, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"select {function}(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
