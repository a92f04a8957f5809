namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// The sync keeps within the user's quota like the file API: uploads (and the container's side of conflicts) that
/// would take the user past it are held back, smallest first kept; downloads and deletions always go ahead.
/// </summary>
internal static class SyncQuota
{
    public static (IReadOnlyList<SyncAction> Actions, int Refused) Fit(IReadOnlyList<SyncAction> planned, long usedBytes, long quotaBytes)
    {
        var used = usedBytes;
        var refused = new HashSet<SyncAction>();
        foreach (var action in planned.Where(Grows).OrderBy(action => action.Container!.Size))
        {
            // An upload replaces what the store has at the path; a conflict keeps the store's copy and adds the container's.
            var added = action.Container!.Size - (action.Kind == SyncActionKind.Upload ? action.Stored?.Size ?? 0 : 0);
            // Compared without adding, so a listed size near long.MaxValue cannot wrap around.
            if (added > quotaBytes - used) refused.Add(action);
            else used += added;
        }
        return (planned.Where(action => !refused.Contains(action)).ToList(), refused.Count);
    }

    public static bool Grows(SyncAction action) => action.Kind is SyncActionKind.Upload or SyncActionKind.Conflict && action.Container is not null;
}
