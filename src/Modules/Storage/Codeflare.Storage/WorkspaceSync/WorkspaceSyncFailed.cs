namespace Codeflare.Storage.WorkspaceSync;

/// <summary>A sync (or restore) that failed; it is retried with backoff, and the files in the container are kept.</summary>
internal sealed record WorkspaceSyncFailed(Guid SessionId, string Reason, bool Final, DateTimeOffset FailedAt) : IWorkspaceSyncEvent;
