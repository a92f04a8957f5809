namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// The pure decision of a two-way sync: from the container's files (already limited to what the sync looks at),
/// the store's and the manifest, what to copy, delete or reconcile. Changed means "differs from the manifest":
/// size or modification time in the container, ETag in the store.
/// </summary>
internal static class SyncPlan
{
    public static IReadOnlyList<SyncAction> Decide(
        IReadOnlyDictionary<string, ContainerFile> container, IReadOnlyDictionary<string, StoredObject> store,
        IReadOnlyDictionary<string, ManifestEntry> manifest)
    {
        var actions = new List<SyncAction>();
        foreach (var path in container.Keys.Union(store.Keys).Union(manifest.Keys).Order(StringComparer.Ordinal))
        {
            var c = container.GetValueOrDefault(path);
            var s = store.GetValueOrDefault(path);
            var m = manifest.GetValueOrDefault(path);
            var cChanged = c is not null && (m is null || c.Size != m.Size || c.ModifiedSeconds != m.ModifiedSeconds);
            var sChanged = s is not null && (m is null || s.ETag != m.ETag);
            var kind = (c, s) switch
            {
                // New on both sides: equal sizes are compared by content (equal bytes adopt, others conflict), never assumed equal.
                (not null, not null) when m is null => c.Size == s.Size ? SyncActionKind.Compare : SyncActionKind.Conflict,
                (not null, not null) when cChanged && sChanged => SyncActionKind.Conflict,
                (not null, not null) when cChanged => SyncActionKind.Upload,
                (not null, not null) when sChanged => SyncActionKind.Download,
                (not null, not null) => (SyncActionKind?)null,
                // Gone from the store: deleted there, unless the container changed it since (then the edit wins).
                (not null, null) => m is not null && !cChanged ? SyncActionKind.DeleteInContainer : SyncActionKind.Upload,
                (null, not null) => m is not null && !sChanged ? SyncActionKind.DeleteInStore : SyncActionKind.Download,
                _ => null,
            };
            if (kind is { } chosen) actions.Add(new SyncAction(chosen, path, c, s));
        }
        return actions;
    }

    /// <summary><c>notes.md</c> → <c>notes.md.conflict-20261129T120501Z</c>: the losing copy's name.</summary>
    public static string ConflictName(string path, DateTimeOffset now) => $"{path}.conflict-{now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}";
}
