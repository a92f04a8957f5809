namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// Files the sync refused to carry, with why (a name the store cannot hold, a link, a file that grew while read);
/// recorded when the set changes, not on every sync.
/// </summary>
internal sealed record WorkspaceFilesSkipped(Guid SessionId, int Count, IReadOnlyList<string> Examples, DateTimeOffset SkippedAt) : IWorkspaceSyncEvent;
