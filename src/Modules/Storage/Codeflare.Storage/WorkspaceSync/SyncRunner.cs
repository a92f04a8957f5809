using System.Diagnostics;
using Codeflare.ContainerEngine;
using Codeflare.Storage.Contracts;
using Marten;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// Runs one session's restore or sync under its lease and deadline and records the outcome: a success updates the
/// shared state (and records an event when something moved), a failure records <see cref="WorkspaceSyncFailed"/> once
/// per new reason and schedules the retry. Never throws for a store or container fault.
/// </summary>
internal sealed class SyncRunner(
    WorkspaceSyncer syncer, SyncRecorder recorder, IDocumentStore store, IOptions<SyncOptions> options, TimeProvider clock, ILogger<SyncRunner> logger)
{
    /// <summary>False when another host holds the session's lease (and <paramref name="wait"/> is false) or the sync failed.</summary>
    public async Task<bool> RunAsync(WorkspaceTarget target, SyncKind kind, bool running, bool wait, CancellationToken cancellationToken)
    {
        var deadline = options.Value.Timeout;
        await using var lease = await TakeLeaseAsync(target.SessionId, wait ? deadline : TimeSpan.Zero, cancellationToken);
        if (lease is null) return false;
        var state = await recorder.LoadAsync(target.SessionId, cancellationToken);
        var started = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        try
        {
            var events = await Deadline.RunAsync($"The {kind.ToString().ToLowerInvariant()} of the session's files", deadline,
                token => OneAsync(target, kind, running, state, token), cancellationToken);
            var next = kind == SyncKind.Final ? DateTimeOffset.MaxValue : started + options.Value.Interval;
            var skipped = events.OfType<WorkspaceFilesSkipped>().FirstOrDefault();
            await recorder.RecordAsync(target, state.Succeeded(clock.GetUtcNow(), watch.ElapsedMilliseconds, next) with
            {
                LastSkipped = skipped is null ? state.LastSkipped : string.Join('\n', skipped.Examples),
            }, events, cancellationToken);
            return true;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = (kind == SyncKind.Restore ? "restore: " : "") + SyncErrors.Describe(exception);
            logger.LogWarning(exception, "Session {SessionId}: {Kind} failed ({Reason})", target.SessionId, kind, reason);
            var failed = state.Failed(reason, clock.GetUtcNow(), options.Value.FirstRetry, options.Value.Interval);
            // Recorded before it shows in the status, so whoever sees the error finds it in the audit too.
            object[] events = reason == state.Error ? [] : [new WorkspaceSyncFailed(target.SessionId, reason, kind == SyncKind.Final, clock.GetUtcNow())];
            await recorder.RecordAsync(target, failed, events, CancellationToken.None);
            return false;
        }
    }

    private async Task<IReadOnlyList<object>> OneAsync(WorkspaceTarget target, SyncKind kind, bool running, SyncState state, CancellationToken cancellationToken)
    {
        if (kind == SyncKind.Restore) return [await syncer.RestoreAsync(target, cancellationToken)];
        var (synced, skipped) = await syncer.SyncAsync(target, running, kind == SyncKind.Final, cancellationToken);
        var events = new List<object>();
        if (synced is not null) events.Add(synced);
        if (skipped.Count > 0 && string.Join('\n', skipped.Take(20)) != state.LastSkipped)
        {
            logger.LogInformation("Session {SessionId}: {Count} file(s) skipped by the sync", target.SessionId, skipped.Count);
            events.Add(new WorkspaceFilesSkipped(target.SessionId, skipped.Count, skipped.Take(20).ToList(), clock.GetUtcNow()));
        }
        return events;
    }

    private async Task<SyncLease?> TakeLeaseAsync(Guid sessionId, TimeSpan wait, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow() + wait;
        while (true)
        {
            if (await SyncLease.TryTakeAsync(store, sessionId, cancellationToken) is { } lease) return lease;
            if (clock.GetUtcNow() >= until) return null;
            await Task.Delay(TimeSpan.FromMilliseconds(200), clock, cancellationToken);
        }
    }
}
