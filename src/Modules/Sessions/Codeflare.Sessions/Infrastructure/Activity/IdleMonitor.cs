using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.RunnerReports;
using Marten;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions.Infrastructure.Activity;

/// <summary>Stops running sessions the idle policy gives up on, with reason <c>idle</c> (the runner does the rest).</summary>
internal sealed class IdleMonitor(
    IServiceScopeFactory scopes, SessionActivity activity, IOptions<IdleOptions> options, TimeProvider clock, ILogger<IdleMonitor> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await CheckAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var querySession = scope.ServiceProvider.GetRequiredService<IQuerySession>();
            var running = await querySession.Query<Session>().Where(session => session.Status == SessionStatus.Running).ToListAsync(cancellationToken);
            var timeoutOf = await IdleTimeouts.ForOwnersAsync(querySession, running.Select(session => session.OwnerId), options.Value, cancellationToken);
            foreach (var session in running)
            {
                var snapshot = activity.Snapshot(session.Id, session.ReadyAt);
                var verdict = IdlePolicy.Evaluate(snapshot, timeoutOf(session.OwnerId), options.Value.MaxUnattended, clock.GetUtcNow());
                if (verdict.StopNow) await StopAsync(session, cancellationToken);
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Checking idle sessions failed; the next check retries");
        }
    }

    private async Task StopAsync(Session session, CancellationToken cancellationToken)
    {
        logger.LogInformation("Session {SessionId} is idle; stopping it", session.Id);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().RunAsSystem();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RequestSystemStopCommand(session.Id, StopReasons.Idle), cancellationToken);
        activity.Forget(session.Id);
    }
}
