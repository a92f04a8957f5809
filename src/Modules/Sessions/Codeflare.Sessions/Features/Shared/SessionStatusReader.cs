using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Infrastructure.Activity;
using Codeflare.Sessions.Infrastructure.Sync;
using Marten;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions.Features.Shared;

/// <summary>Joins a session's recorded state with the in-memory activity and metrics read models.</summary>
internal sealed class SessionStatusReader(
    SessionActivity activity, SessionMetricsStore metrics, SyncStatusStore syncs, IOptions<IdleOptions> options, TimeProvider clock)
{
    public async Task<IReadOnlyList<SessionStatusView>> ReadAsync(IQuerySession querySession, IReadOnlyList<Session> sessions,
        CancellationToken cancellationToken)
    {
        var timeoutOf = await IdleTimeouts.ForOwnersAsync(querySession, sessions.Select(session => session.OwnerId), options.Value, cancellationToken);
        return sessions.Select(session => Read(session, timeoutOf(session.OwnerId))).ToList();
    }

    private SessionStatusView Read(Session session, TimeSpan idleTimeout)
    {
        var status = session.Status.ToString().ToLowerInvariant();
        var progress = StartStages.Progress(session.Stage);
        if (session.Status != SessionStatus.Running)
            // A stopped session still tells when its files were last saved: what a crash may have cost is the time since.
            return new(session.Id, status, session.Stage, progress, session.Message, session.Reason, session.ExitCode, 0, null, null, [], session.LastActiveAt,
                syncs.Of(session.Id)?.LastSyncAt, syncs.Of(session.Id)?.LastDurationMs, syncs.Of(session.Id)?.Error);

        var snapshot = activity.Snapshot(session.Id, session.ReadyAt);
        var verdict = IdlePolicy.Evaluate(snapshot, idleTimeout, options.Value.MaxUnattended, clock.GetUtcNow());
        var lastActive = snapshot.LastUserActivityAt > snapshot.LastAgentActivityAt ? snapshot.LastUserActivityAt : snapshot.LastAgentActivityAt;
        return new(session.Id, status, session.Stage, progress, session.Message, session.Reason, session.ExitCode, snapshot.AttachedClients,
            metrics.Get(session.Id), verdict.IdleStopAt, verdict.KeepAlive, lastActive, syncs.Of(session.Id)?.LastSyncAt,
            syncs.Of(session.Id)?.LastDurationMs, syncs.Of(session.Id)?.Error);
    }
}
