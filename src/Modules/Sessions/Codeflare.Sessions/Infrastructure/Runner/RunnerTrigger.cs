using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>
/// Runs reconciliations in the background, one at a time per session (a stop queued behind a start waits for it),
/// many sessions in parallel. Nudges are cheap and idempotent: any number of them converges to one state.
/// </summary>
internal sealed class RunnerTrigger(SessionRunner runner, IHostApplicationLifetime lifetime, ILogger<RunnerTrigger> logger)
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> gates = new();
    /// <summary>Fire and forget: <see cref="ReconcileAsync"/> logs its own failures, and the next sweep retries.</summary>
    public void Nudge(Guid sessionId, bool atHostStart = false) => _ = ReconcileAsync(sessionId, atHostStart, lifetime.ApplicationStopping);

    /// <summary>
    /// Reconciles one session. A sweep passes <paramref name="skipIfBusy"/>: a session whose reconciliation is under way
    /// (a final sync of a stalled container, say) is left to it, so one session can never hold up the sweep of the rest.
    /// </summary>
    public async Task ReconcileAsync(Guid sessionId, bool atHostStart, CancellationToken cancellationToken, bool skipIfBusy = false)
    {
        var gate = gates.GetOrAdd(sessionId, _ => new SemaphoreSlim(1, 1));
        try
        {
            if (skipIfBusy)
            {
                if (!await gate.WaitAsync(0, cancellationToken)) return;
            }
            else await gate.WaitAsync(cancellationToken);
            try
            {
                await runner.ReconcileAsync(sessionId, atHostStart, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // The next sweep tries again; a broken engine must not take the host down.
            logger.LogError(exception, "Reconciling session {SessionId} failed", sessionId);
        }
    }
}
