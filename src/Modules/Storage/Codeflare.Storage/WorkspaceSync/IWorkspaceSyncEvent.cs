namespace Codeflare.Storage.WorkspaceSync;

/// <summary>What the workspace sync records on a session's sync stream.</summary>
internal interface IWorkspaceSyncEvent
{
    Guid SessionId { get; }
}
