using System.Collections.Concurrent;

namespace Codeflare.Sessions.Infrastructure.Sync;

/// <summary>The in-memory read model of each session's sync (like its metrics): the status endpoint reads it.</summary>
internal sealed class SyncStatusStore
{
    private readonly ConcurrentDictionary<Guid, SyncStatus> statuses = new();

    public SyncStatus? Of(Guid sessionId) => statuses.GetValueOrDefault(sessionId);

    public void Succeeded(Guid sessionId, DateTimeOffset at, DateTimeOffset next, long? durationMs = null) =>
        statuses[sessionId] = new SyncStatus(at, durationMs, null, 0, next);

    public SyncStatus Failed(Guid sessionId, string error, DateTimeOffset next)
    {
        var previous = Of(sessionId);
        return statuses[sessionId] = new SyncStatus(previous?.LastSyncAt, previous?.LastDurationMs, error, (previous?.Failures ?? 0) + 1, next);
    }
}
