namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// SPEC §5 per-session manifest (a Marten document with the session's id): only files it knows may have their
/// deletion carried to the other side — a file missing on one side and unknown to it is new on the other.
/// </summary>
internal sealed record WorkspaceManifest(Guid Id, Dictionary<string, ManifestEntry> Entries)
{
    public static WorkspaceManifest Empty(Guid sessionId) => new(sessionId, new Dictionary<string, ManifestEntry>(StringComparer.Ordinal));
}
