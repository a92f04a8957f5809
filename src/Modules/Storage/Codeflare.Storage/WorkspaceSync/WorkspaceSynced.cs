namespace Codeflare.Storage.WorkspaceSync;

/// <summary>A sync that moved something (a sync with nothing to do is not an event): files and bytes each way, deletions, conflicts.</summary>
internal sealed record WorkspaceSynced(
    Guid SessionId, int FilesUp, long BytesUp, int FilesDown, long BytesDown, int DeletedUp, int DeletedDown, int Conflicts,
    long DurationMs, bool Final, DateTimeOffset SyncedAt) : IWorkspaceSyncEvent;
