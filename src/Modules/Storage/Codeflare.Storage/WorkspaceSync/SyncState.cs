namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// The shared read model of one session's sync (a Marten document keyed by the session's id): what every host's status
/// reads show, and when the next periodic sync is due. Only the host holding the session's sync lease writes it.
/// </summary>
internal sealed record SyncState(Guid Id, DateTimeOffset? LastSyncAt, long? LastDurationMs, string? Error, int Failures, DateTimeOffset? NextAttemptAt,
    string? LastSkipped = null)
{
    public static SyncState New(Guid sessionId) => new(sessionId, null, null, null, 0, null);

    public SyncState Succeeded(DateTimeOffset at, long durationMs, DateTimeOffset next) =>
        this with { LastSyncAt = at, LastDurationMs = durationMs, Error = null, Failures = 0, NextAttemptAt = next };

    /// <summary>After a failure: the first retry, doubled per further failure, up to the period.</summary>
    public SyncState Failed(string error, DateTimeOffset now, TimeSpan firstRetry, TimeSpan interval)
    {
        var failures = Failures + 1;
        var wait = TimeSpan.FromTicks(Math.Min(interval.Ticks, firstRetry.Ticks << Math.Min(failures - 1, 10)));
        return this with { Error = error, Failures = failures, NextAttemptAt = now + wait };
    }
}
