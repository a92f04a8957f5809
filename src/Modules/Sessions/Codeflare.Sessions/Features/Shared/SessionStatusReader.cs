using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Infrastructure.Activity;
using Codeflare.Sessions.Infrastructure.Recordings;
using Codeflare.Storage.Contracts;
using MediatR;
using Marten;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions.Features.Shared;

/// <summary>Joins a session's recorded state with the in-memory activity and metrics read models and the Storage module's sync status.</summary>
internal sealed class SessionStatusReader(
    SessionActivity activity, SessionMetricsStore metrics, IMediator mediator, IOptions<IdleOptions> options, IOptions<RecordingOptions> recordings, TimeProvider clock)
{
    public async Task<IReadOnlyList<SessionStatusView>> ReadAsync(IQuerySession querySession, IReadOnlyList<Session> sessions,
        CancellationToken cancellationToken)
    {
        var timeoutOf = await IdleTimeouts.ForOwnersAsync(querySession, sessions.Select(session => session.OwnerId), options.Value, cancellationToken);
        var syncs = await mediator.Send(new GetWorkspaceSyncStatusesQuery(sessions.Select(session => session.Id).ToList()), cancellationToken);
        return sessions.Select(session => Read(session, timeoutOf(session.OwnerId), syncs.GetValueOrDefault(session.Id))).ToList();
    }

    private SessionStatusView Read(Session session, TimeSpan idleTimeout, WorkspaceSyncStatus? sync)
    {
        var status = session.Status.ToString().ToLowerInvariant();
        var progress = StartStages.Progress(session.Stage);
        if (session.Status != SessionStatus.Running)
            // A stopped session still tells when its files were last saved: what a crash may have cost is the time since.
            return new(session.Id, status, session.Stage, progress, session.Message, session.Reason, session.ExitCode, 0, null, null, [], session.LastActiveAt,
                sync?.LastSyncAt, sync?.LastDurationMs, sync?.Error, recordings.Value.Enabled);

        var snapshot = activity.Snapshot(session.Id, session.ReadyAt);
        var verdict = IdlePolicy.Evaluate(snapshot, idleTimeout, options.Value.MaxUnattended, clock.GetUtcNow());
        var lastActive = snapshot.LastUserActivityAt > snapshot.LastAgentActivityAt ? snapshot.LastUserActivityAt : snapshot.LastAgentActivityAt;
        return new(session.Id, status, session.Stage, progress, session.Message, session.Reason, session.ExitCode, snapshot.AttachedClients,
            metrics.Get(session.Id), verdict.IdleStopAt, verdict.KeepAlive, lastActive, sync?.LastSyncAt, sync?.LastDurationMs, sync?.Error, recordings.Value.Enabled);
    }
}
