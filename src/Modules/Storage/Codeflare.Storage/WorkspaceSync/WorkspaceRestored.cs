namespace Codeflare.Storage.WorkspaceSync;

/// <summary>The user's files were copied into the new container before its terminals started (stage: starting terminals).</summary>
internal sealed record WorkspaceRestored(Guid SessionId, int Files, long Bytes, long DurationMs, DateTimeOffset RestoredAt) : IWorkspaceSyncEvent;
