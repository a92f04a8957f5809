namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// SPEC §5 per-session manifest (a Marten document with the session's id): only files it knows may have their
/// deletion carried to the other side — a file missing on one side and unknown to it is new on the other. It also keeps
/// the store's listing as this session last read it, trusted only while the user's <see cref="Domain.StoreGeneration"/>
/// token is the one read before that listing and for at most <see cref="StoreViewLifetime"/>: a no-change sync then
/// lists only the container.
/// </summary>
internal sealed record WorkspaceManifest(Guid Id, Dictionary<string, ManifestEntry> Entries)
{
    public static readonly TimeSpan StoreViewLifetime = TimeSpan.FromMinutes(5);

    public Guid? StoreToken { get; set; }
    public DateTimeOffset? StoreViewAt { get; set; }
    public Dictionary<string, StoredObject>? StoreView { get; set; }

    public static WorkspaceManifest Empty(Guid sessionId) => new(sessionId, new Dictionary<string, ManifestEntry>(StringComparer.Ordinal));

    public bool HasCurrentView(Guid token, DateTimeOffset now) =>
        StoreView is not null && StoreToken == token && StoreViewAt is { } at && now - at < StoreViewLifetime;

    public void Remember(Dictionary<string, StoredObject> view, Guid token, DateTimeOffset now) => (StoreView, StoreToken, StoreViewAt) = (view, token, now);

    /// <summary>After this session's own writes the view is stale; the next sync lists again.</summary>
    public void Forget() => (StoreView, StoreToken, StoreViewAt) = (null, null, null);
}
