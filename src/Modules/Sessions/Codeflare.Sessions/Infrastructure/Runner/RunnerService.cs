using Codeflare.Sessions.Domain;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>
/// Keeps the engine and the sessions in agreement: a full reconciliation when the host starts (orphans removed,
/// vanished containers closed, interrupted starts resumed or failed), the engine's <c>die</c> events as they
/// happen, and a periodic sweep for anything an event stream dropped (an engine restart, say).
/// </summary>
internal sealed class RunnerService(
    IServiceScopeFactory scopes, ContainerEngine.ContainerEngine gateway, WorkspaceEngine engine, RunnerTrigger trigger, InstanceIdentity instance,
    IOptions<RunnerOptions> options, ILogger<RunnerService> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await SweepAsync(atHostStart: true, stoppingToken);
        var watching = WatchEngineEventsAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.SweepInterval);
        while (await WaitAsync(timer, stoppingToken)) await SweepAsync(atHostStart: false, stoppingToken);
        await watching;
    }

    public async Task SweepAsync(bool atHostStart, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var querySession = scope.ServiceProvider.GetRequiredService<IQuerySession>();
            var tracked = await querySession.Query<Session>()
                .Where(session => session.Status == SessionStatus.Starting || session.Status == SessionStatus.Running
                                  || session.Status == SessionStatus.Stopping || session.ContainerId != null)
                .Select(session => session.Id).ToListAsync(cancellationToken);
            var containers = await engine.ListAsync(cancellationToken);
            var sessionIds = tracked.Concat(containers.Select(container => container.SessionId)).Distinct();
            await Task.WhenAll(sessionIds.Select(sessionId => trigger.ReconcileAsync(sessionId, atHostStart, cancellationToken, skipIfBusy: true)));
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Session sweep failed; the next one retries");
        }
    }

    private async Task WatchEngineEventsAsync(CancellationToken stoppingToken)
    {
        string[] died = ["die"], labels = [$"{ContainerLabels.Instance}={instance.Id}"];
        var handler = new EngineEventHandler(trigger);
        var reconnecting = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Events that happened while the stream was down are found by a sweep, not replayed.
                if (reconnecting) await SweepAsync(atHostStart: false, stoppingToken);
                await gateway.WatchContainerEventsAsync(died, labels, handler.Handle, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Docker event stream ended ({Message}); reconnecting", exception.Message);
            }
            reconnecting = true;
            try
            {
                await Task.Delay(RetryDelay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
