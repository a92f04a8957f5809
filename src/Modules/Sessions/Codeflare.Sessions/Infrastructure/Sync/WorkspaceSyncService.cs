using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Infrastructure.Runner;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions.Infrastructure.Sync;

/// <summary>
/// Syncs every running session of this host every <see cref="SyncOptions.Interval"/>; a failed sync is retried
/// after 5 s, 10 s, 20 s… (up to the interval), shown in the status and recorded once per new error.
/// </summary>
internal sealed class WorkspaceSyncService(
    WorkspaceEngine engine, WorkspaceSyncer syncer, SyncStatusStore status, IDocumentStore documents, IOptions<SyncOptions> options,
    TimeProvider clock, ILogger<WorkspaceSyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var (sessionId, container) in await engine.ListAsync(stoppingToken))
                    if (container.Running && (status.Of(sessionId)?.NextAttemptAt ?? DateTimeOffset.MinValue) <= clock.GetUtcNow())
                        await SyncAsync(sessionId, container.Id, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "The sync pass failed");
            }
        }
    }

    private async Task SyncAsync(Guid sessionId, string containerId, CancellationToken cancellationToken)
    {
        await using var query = documents.QuerySession();
        if (await query.LoadAsync<Session>(sessionId, cancellationToken) is not { Status: SessionStatus.Running } session) return;
        var now = clock.GetUtcNow();
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            if (await syncer.SyncAsync(session, containerId, final: false, cancellationToken) is { } synced) await syncer.RecordAsync(session, synced, cancellationToken);
            status.Succeeded(sessionId, clock.GetUtcNow(), now + options.Value.Interval, watch.ElapsedMilliseconds);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var previous = status.Of(sessionId)?.Error;
            var failures = (status.Of(sessionId)?.Failures ?? 0) + 1;
            var wait = TimeSpan.FromTicks(Math.Min(options.Value.Interval.Ticks, options.Value.FirstRetry.Ticks << Math.Min(failures - 1, 10)));
            var reason = SyncErrors.Describe(exception);
            logger.LogWarning(exception, "Session {SessionId}: sync failed ({Reason}); retrying in {Wait}", sessionId, reason, wait);
            // Recorded before it shows in the status, so whoever sees the error finds it in the audit too.
            try
            {
                if (reason != previous) await syncer.RecordAsync(session, new WorkspaceSyncFailed(sessionId, reason, false, now), cancellationToken);
            }
            finally
            {
                status.Failed(sessionId, reason, now + wait);
            }
        }
    }
}
