using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Contracts;
using Codeflare.Storage.Contracts;
using Marten;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// Syncs every running session once per <see cref="SyncOptions.Interval"/> (sooner after a failure, with backoff).
/// Sessions sync in parallel, at most <see cref="SyncOptions.Concurrency"/> at once, each under its own deadline and
/// lease: a stuck container holds one slot until its deadline, never the pass, another session or the runner.
/// </summary>
internal sealed class WorkspaceSyncService(
    IServiceScopeFactory scopes, SyncRunner runner, IOptions<SyncOptions> options, TimeProvider clock,
    ILogger<WorkspaceSyncService> logger) : BackgroundService
{
    private readonly Dictionary<Guid, Task> running = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var slots = new SemaphoreSlim(options.Value.Concurrency);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var done in running.Where(pair => pair.Value.IsCompleted).Select(pair => pair.Key).ToList()) running.Remove(done);
                try
                {
                    foreach (var target in await DueAsync(stoppingToken))
                        if (!running.ContainsKey(target.SessionId) && slots.Wait(0))
                            running[target.SessionId] = SyncAsync(target, slots, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "The sync pass failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await Task.WhenAll(running.Values);
    }

    private async Task<IReadOnlyList<WorkspaceTarget>> DueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().RunAsSystem();
        var targets = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListSyncedSessionsQuery(), cancellationToken);
        var waiting = targets.Where(target => !running.ContainsKey(target.SessionId)).ToList();
        var states = (await scope.ServiceProvider.GetRequiredService<IQuerySession>().LoadManyAsync<SyncState>(cancellationToken, waiting.Select(target => target.SessionId)))
            .ToDictionary(state => state.Id);
        var now = clock.GetUtcNow();
        return waiting.Where(target => states.GetValueOrDefault(target.SessionId)?.NextAttemptAt is not { } next || next <= now).ToList();
    }

    private async Task SyncAsync(WorkspaceTarget target, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Yield();
            await runner.RunAsync(target, SyncKind.Periodic, running: true, wait: false, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Session {SessionId}: the sync could not be recorded", target.SessionId);
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            slots.Release();
        }
    }
}
