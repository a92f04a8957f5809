namespace Codeflare.Storage.Contracts;

/// <summary>What a session's status shows of its sync: the last success, how long it took, and the error since, if any.</summary>
public sealed record WorkspaceSyncStatus(DateTimeOffset? LastSyncAt, long? LastDurationMs, string? Error);
