namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// No silent loss: before the plan adopts a file new on both sides (equal sizes) or overwrites a container file the
/// store changed or deleted, the container's bytes are read and hashed. Equal content adopts; a container file whose bytes are
/// not what the sync last saw (whatever its size and time claim) becomes a conflict, so both versions survive.
/// </summary>
internal sealed class ContentCheck(ContainerHome home, UserObjects objects, SyncBudget budget)
{
    public async Task<IReadOnlyList<SyncAction>> ResolveAsync(WorkspaceTargetView target, IReadOnlyList<SyncAction> planned,
        WorkspaceManifest manifest, CancellationToken cancellationToken)
    {
        var candidates = planned.Where(action => action.Kind == SyncActionKind.Compare
                                                 || action is { Kind: SyncActionKind.Download or SyncActionKind.DeleteInContainer, Container: not null }
                                                 && manifest.Entries.GetValueOrDefault(action.Path)?.Sha256 is not null)
            .ToDictionary(action => action.Path, StringComparer.Ordinal);
        if (candidates.Count == 0) return planned;
        var hashes = new Dictionary<string, (string Sha256, string Md5)>(StringComparer.Ordinal);
        await home.ReadManyAsync(target.ContainerId, candidates.ToDictionary(pair => pair.Key, pair => pair.Value.Container!, StringComparer.Ordinal),
            target.Running, async (file, content) =>
            {
                budget.Take(file.Size);
                using var hashing = new HashingStream(content);
                await hashing.CopyToAsync(Stream.Null, cancellationToken);
                hashes[file.Path] = (hashing.Sha256(), hashing.Md5());
            }, cancellationToken);

        var resolved = new List<SyncAction>(planned.Count);
        foreach (var action in planned)
        {
            if (!candidates.ContainsKey(action.Path)) resolved.Add(action);
            // Not readable now (gone, or refused): a deletion goes ahead, anything else keeps both copies.
            else if (!hashes.TryGetValue(action.Path, out var hash))
                resolved.Add(action.Kind == SyncActionKind.DeleteInContainer ? action : action with { Kind = SyncActionKind.Conflict });
            else if (action.Kind == SyncActionKind.Download)
                resolved.Add(hash.Sha256 == manifest.Entries[action.Path].Sha256 ? action : action with { Kind = SyncActionKind.Conflict });
            // Deleted in the store, edited in the container (whatever its size and time say): the edit is kept and goes up.
            else if (action.Kind == SyncActionKind.DeleteInContainer)
                resolved.Add(hash.Sha256 == manifest.Entries[action.Path].Sha256 ? action : action with { Kind = SyncActionKind.Upload });
            else
                resolved.Add(await SameAsStoredAsync(target, action.Stored!, hash, cancellationToken)
                    ? action with { Kind = SyncActionKind.Adopt, Sha256 = hash.Sha256 }
                    : action with { Kind = SyncActionKind.Conflict });
        }
        return resolved;
    }

    /// <summary>A single-request upload's ETag is its MD5; for any other the stored bytes are hashed.</summary>
    private async Task<bool> SameAsStoredAsync(WorkspaceTargetView target, StoredObject stored, (string Sha256, string Md5) hash, CancellationToken cancellationToken)
    {
        var etag = stored.ETag.Trim('"');
        if (etag.Length == 32 && !etag.Contains('-')) return string.Equals(etag, hash.Md5, StringComparison.OrdinalIgnoreCase);
        if (await objects.OpenAsync(target.OwnerId, stored.Path, cancellationToken) is not { } opened) return false;
        await using var content = opened.Content;
        using var hashing = new HashingStream(content);
        await hashing.CopyToAsync(Stream.Null, cancellationToken);
        return hashing.Sha256() == hash.Sha256;
    }
}
