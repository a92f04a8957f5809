namespace Codeflare.Sessions.Infrastructure.Sync;

/// <summary>What the session status shows of its sync: the last success, and the error since, if any.</summary>
internal sealed record SyncStatus(DateTimeOffset? LastSyncAt, string? Error, int Failures, DateTimeOffset? NextAttemptAt);
