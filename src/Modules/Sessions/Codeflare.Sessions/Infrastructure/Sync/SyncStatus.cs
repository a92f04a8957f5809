namespace Codeflare.Sessions.Infrastructure.Sync;

/// <summary>What the session status shows of its sync: the last success and how long it took, and the error since, if any.</summary>
internal sealed record SyncStatus(DateTimeOffset? LastSyncAt, long? LastDurationMs, string? Error, int Failures, DateTimeOffset? NextAttemptAt);
