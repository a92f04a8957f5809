namespace Codeflare.Sessions.Domain;

/// <summary>What the workspace sync records on a session's stream.</summary>
internal interface IWorkspaceSyncEvent
{
    Guid SessionId { get; }
}
