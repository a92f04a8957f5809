namespace Codeflare.Storage.WorkspaceSync;

internal enum SyncActionKind
{
    /// <summary>Container → store.</summary>
    Upload,

    /// <summary>Store → container.</summary>
    Download,
    DeleteInContainer,
    DeleteInStore,

    /// <summary>Changed on both sides: the newer copy wins at the path, the other is kept beside it on both sides.</summary>
    Conflict,

    /// <summary>The same file on both sides that the manifest did not know yet: nothing to copy.</summary>
    Adopt,

    /// <summary>New on both sides with equal sizes: their contents decide between <see cref="Adopt"/> and <see cref="Conflict"/>.</summary>
    Compare,
}
