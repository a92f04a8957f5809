using System.Formats.Tar;
using System.Text;

namespace Codeflare.Storage.WorkspaceSync;

/// <summary>How the sync reads many files out of a container at once, as hostile input (see <see cref="ReadManyAsync"/>).</summary>
internal sealed class ContainerOutbox(ContainerEngine.ContainerEngine engine, ContainerHome home)
{
    private const string Outbox = ContainerHome.State + "/out";

    /// <summary>
    /// Reads many files in one archive: the container hard-links them into an outbox (no copy of their bytes), the
    /// host reads the outbox's archive once. <paramref name="consume"/> gets each file the listing named, never more
    /// bytes than the listing claimed. At anything else that carries data (a file bigger than its claim — a sparse
    /// terabyte, say —, a name nobody asked for) the read stops at once rather than read through it; that file is
    /// skipped and reported and the rest are read in a new outbox, a few times at most. A stopped container (no exec
    /// for the hard links) is read file by file.
    /// </summary>
    public async Task<IReadOnlyList<string>> ReadManyAsync(string containerId, IReadOnlyDictionary<string, ContainerFile> wanted, bool running,
        Func<ContainerFile, Stream, Task> consume, CancellationToken cancellationToken)
    {
        var skipped = new List<string>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        Func<ContainerFile, Stream, Task> counted = async (file, content) =>
        {
            await consume(file, content);
            done.Add(file.Path);
        };
        if (!running)
        {
            foreach (var file in wanted.Values)
            {
                await using var archive = await engine.ReadArchiveAsync(containerId, $"{ContainerHome.Home}/{file.Path}", cancellationToken);
                var folder = file.Path.Contains('/') ? file.Path[..(file.Path.LastIndexOf('/') + 1)] : "";
                if (archive is not null) await ConsumeAsync(archive, name => folder + name, wanted, skipped, counted, cancellationToken);
            }
            return skipped;
        }
        var refused = new HashSet<string>(StringComparer.Ordinal);
        List<string> Remaining() => wanted.Keys.Where(path => !done.Contains(path) && !refused.Contains(path)).ToList();
        for (var attempt = 0; attempt < 3 && Remaining() is { Count: > 0 } remaining; attempt++)
            if (await ReadOutboxAsync(containerId, remaining, wanted, skipped, counted, cancellationToken) is { } stoppedAt) refused.Add(stoppedAt);
        // Gone since the listing, not linkable, or offered wrongly three times: said, and tried again by the next sync.
        foreach (var path in Remaining()) skipped.Add($"{ContainerListingParser.Shown(path)}: not in the container when read");
        return skipped;
    }

    /// <summary>One outbox read; the path it stopped at, or null when it read to the end.</summary>
    private async Task<string?> ReadOutboxAsync(string containerId, IReadOnlyList<string> paths, IReadOnlyDictionary<string, ContainerFile> wanted,
        List<string> skipped, Func<ContainerFile, Stream, Task> consume, CancellationToken cancellationToken)
    {
        await home.WriteFileAsync(containerId, ContainerHome.State, "outbox.list", Encoding.UTF8.GetBytes(string.Join('\0', paths) + '\0'), cancellationToken);
        await engine.RunAsync(containerId, ["sh", "-c", $"rm -rf {Outbox} && mkdir -p {Outbox} && cd {ContainerHome.Home} && xargs -0 -a {ContainerHome.State}/outbox.list cp -P -l --parents -t {Outbox} -- 2>/dev/null; true"],
            home.Bounds, cancellationToken);
        try
        {
            await using var archive = await engine.ReadArchiveAsync(containerId, Outbox, cancellationToken);
            return archive is null ? null
                : await ConsumeAsync(archive, name => name.StartsWith("out/", StringComparison.Ordinal) ? name["out/".Length..] : null, wanted, skipped, consume, cancellationToken);
        }
        finally
        {
            await engine.RunAsync(containerId, ["rm", "-rf", Outbox, $"{ContainerHome.State}/outbox.list"], home.Bounds, CancellationToken.None);
        }
    }

    /// <summary>Hands each wanted file to <paramref name="consume"/>; stops at the first entry with data it must not read, and returns its name.</summary>
    private static async Task<string?> ConsumeAsync(Stream archive, Func<string, string?> pathOf, IReadOnlyDictionary<string, ContainerFile> wanted,
        List<string> skipped, Func<ContainerFile, Stream, Task> consume, CancellationToken cancellationToken)
    {
        await using var tar = new TarReader(archive);
        while (await tar.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
            {
                // Folders and links carry no data (a second name of a linked file is read alone in the next outbox); anything
                // else that does is not read through.
                if (entry.Length == 0) continue;
                skipped.Add($"{ContainerListingParser.Shown(entry.Name)}: not a regular file when read");
                return entry.Name;
            }
            var path = pathOf(entry.Name);
            if (path is null || !wanted.TryGetValue(path, out var file))
            {
                skipped.Add($"{ContainerListingParser.Shown(entry.Name)}: in the archive but not asked for");
                return entry.Name;
            }
            if (entry.Length > file.Size)
            {
                skipped.Add($"{ContainerListingParser.Shown(path)}: grew from {file.Size} to {entry.Length} bytes while it was read");
                return path;
            }
            // An empty file has no data stream.
            await consume(file with { Size = entry.Length }, entry.DataStream ?? Stream.Null);
        }
        return null;
    }
}
