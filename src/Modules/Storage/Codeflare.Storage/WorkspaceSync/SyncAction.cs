namespace Codeflare.Storage.WorkspaceSync;

/// <summary>One step of a sync, with both sides' view of the path as the plan saw them (and, once compared, the content's hash).</summary>
internal sealed record SyncAction(SyncActionKind Kind, string Path, ContainerFile? Container, StoredObject? Stored, string? Sha256 = null)
{
    /// <summary>For a conflict: the container's copy is the newer one.</summary>
    public bool ContainerWins => Container is not null && Stored is not null && Container.ModifiedSeconds >= Stored.LastModified.ToUnixTimeSeconds();
}
