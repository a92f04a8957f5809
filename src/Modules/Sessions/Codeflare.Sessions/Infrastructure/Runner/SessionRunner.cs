using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.RunnerReports;
using Codeflare.Sessions.Features.ListSyncedSessions;
using Codeflare.Storage.Contracts;
using Marten;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>
/// Brings one session's container in line with the session's recorded state. Outcomes are recorded through
/// system commands, in the correlation of the request that caused them, so the audit shows one chain.
/// </summary>
internal sealed class SessionRunner(
    IServiceScopeFactory scopes, WorkspaceEngine engine, TabWarmer warmer, IOptions<RunnerOptions> options, TimeProvider clock,
    ILogger<SessionRunner> logger)
{
    public async Task ReconcileAsync(Guid sessionId, bool atHostStart, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = await scope.ServiceProvider.GetRequiredService<IQuerySession>().LoadAsync<Session>(sessionId, cancellationToken);
        var container = await engine.FindAsync(sessionId, cancellationToken);
        var plan = RunnerPlan.Decide(session, container, clock.GetUtcNow(), options.Value.StartTimeout, atHostStart);
        if (plan.Step == RunnerStep.None) return;

        logger.LogInformation("Session {SessionId}: {Step} {Reason}", sessionId, plan.Step, plan.Reason ?? plan.Message);
        var context = scope.ServiceProvider.GetRequiredService<RequestContext>();
        context.RunAsSystem();
        context.CorrelationId = session?.RequestCorrelationId ?? context.CorrelationId;
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        switch (plan.Step)
        {
            case RunnerStep.Start:
                await StartAsync(session!, mediator, cancellationToken);
                break;
            case RunnerStep.FinishStart:
                await FinishStartAsync(session!, container!.Id, mediator, cancellationToken);
                break;
            case RunnerStep.FailStart:
                if (container is not null) await engine.RemoveAsync(container.Id, cancellationToken);
                await mediator.Send(new RecordStartFailedCommand(sessionId, plan.Message!), cancellationToken);
                break;
            case RunnerStep.Stop:
                if (container is not null && options.Value.SyncWorkspace)
                    await mediator.Send(new FinishWorkspaceSyncCommand(await TargetAsync(scope, session!, container.Id, cancellationToken), container.Running), cancellationToken);
                if (container is not null) await engine.RemoveAsync(container.Id, cancellationToken);
                await mediator.Send(new RecordSessionStoppedCommand(sessionId, plan.Reason!, plan.ExitCode), cancellationToken);
                break;
            case RunnerStep.RemoveOrphan:
                await engine.RemoveAsync(container!.Id, cancellationToken);
                break;
        }
    }

    private async Task StartAsync(Session session, IMediator mediator, CancellationToken cancellationToken)
    {
        string containerId;
        try
        {
            containerId = await engine.CreateAndStartAsync(session, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Session {SessionId}: the container did not start", session.Id);
            if (await engine.FindAsync(session.Id, cancellationToken) is { } leftover) await engine.RemoveAsync(leftover.Id, cancellationToken);
            await mediator.Send(new RecordStartFailedCommand(session.Id, $"The container did not start: {exception.Message}"), cancellationToken);
            return;
        }
        await mediator.Send(new RecordContainerStartedCommand(session.Id, containerId), cancellationToken);
        await FinishStartAsync(session, containerId, mediator, cancellationToken);
    }

    private async Task FinishStartAsync(Session session, string containerId, IMediator mediator, CancellationToken cancellationToken)
    {
        if (options.Value.SyncWorkspace)
        {
            // SPEC §5: the user's files go in before the terminals start. A store that cannot be reached does not keep the session
            // from starting: the Storage module records the failure and shows it, and the periodic sync brings the files once it can.
            await using var scope = scopes.CreateAsyncScope();
            await mediator.Send(new RestoreWorkspaceCommand(await TargetAsync(scope, session, containerId, cancellationToken)), cancellationToken);
            await mediator.Send(new RecordFilesRestoredCommand(session.Id), cancellationToken);
        }
        try
        {
            await warmer.WarmAsync(containerId, session.Agent, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Session {SessionId}: tab 1 did not start", session.Id);
            await engine.RemoveAsync(containerId, cancellationToken);
            await mediator.Send(new RecordStartFailedCommand(session.Id, $"Tab 1 did not start: {exception.Message}"), cancellationToken);
            return;
        }
        await mediator.Send(new RecordSessionReadyCommand(session.Id), cancellationToken);
    }

    private static async Task<WorkspaceTarget> TargetAsync(AsyncServiceScope scope, Session session, string containerId, CancellationToken cancellationToken)
    {
        var querySession = scope.ServiceProvider.GetRequiredService<IQuerySession>();
        var modes = await SyncModes.ForOwnersAsync(querySession, [session.OwnerId], cancellationToken);
        return SyncModes.TargetOf(session with { ContainerId = containerId }, modes);
    }
}
