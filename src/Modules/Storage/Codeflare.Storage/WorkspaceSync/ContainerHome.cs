using System.Formats.Tar;
using System.Text;
using Codeflare.ContainerEngine;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// The home folder of a session's container, through the engine gateway only (exec and archives): no storage
/// credential ever enters the container. The container is root-controlled by an agent, so every call has a deadline
/// and every read a cap, and what it says about its files (names, sizes) is checked, never trusted.
/// </summary>
internal sealed class ContainerHome(ContainerEngine.ContainerEngine engine, IOptions<SyncOptions> options)
{
    public const string Home = "/home/dev";
    private const string State = Home + "/.codeflare-sync";
    private const string Listing = State + "/listing";
    private const string Outbox = State + "/out";

    private ExecBounds Bounds => new(options.Value.ExecTimeout, 16 * 1024);

    /// <summary>
    /// Every regular file under the home folder but excluded folders (symbolic links are not followed, nor listed): one
    /// exec writes the listing (NUL-separated, any file name) to a file, read back through the archive API within a cap.
    /// </summary>
    public async Task<ContainerListing> ListAsync(string containerId, CancellationToken cancellationToken)
    {
        var prune = string.Join(" -o ", SyncScope.ExcludedFolders.Select(name => $"-name '{name}'"));
        var result = await engine.RunAsync(containerId,
            ["sh", "-c", $"mkdir -p {State} && find {Home} -xdev \\( {prune} \\) -prune -o -type f -fprintf {Listing}.part '%s %T@ %P\\0' && mv {Listing}.part {Listing}"],
            Bounds, cancellationToken);
        if (result.ExitCode != 0) throw new InvalidOperationException($"Listing the container's files failed ({result.ExitCode}): {Text.Printable(result.Output, 200)}");
        var text = await ReadSmallFileAsync(containerId, Listing, options.Value.MaxListingBytes, cancellationToken);
        return ContainerListingParser.Parse(text, options.Value.MaxFiles);
    }

    /// <summary>
    /// The same listing from a container that is no longer running (exec needs a running one; the archive API does
    /// not): the home folder read as an archive, headers kept, contents skipped — within the listing's caps.
    /// </summary>
    public async Task<ContainerListing> ListStoppedAsync(string containerId, CancellationToken cancellationToken)
    {
        await using var archive = await engine.ReadArchiveAsync(containerId, Home, cancellationToken)
            ?? throw new InvalidOperationException("The container's home folder is gone.");
        await using var tar = new TarReader(archive);
        var files = new List<ContainerFile>();
        var skipped = new List<string>();
        // The archive API cannot skip a file's bytes: what is read through (a sparse terabyte, say) counts against the sync's budget.
        var budget = new SyncBudget(options.Value.MaxBytesPerSync);
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var entries = 0;
        while (await tar.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
        {
            budget.Take(entry.Length);
            if (++entries > options.Value.MaxFiles) throw new InvalidOperationException($"The container lists more than {options.Value.MaxFiles} files.");
            // Entries are named from the folder's own name ("dev/…"); a second name of a linked file has the first one's size.
            var slash = entry.Name.IndexOf('/');
            if (slash < 0) continue;
            long size;
            if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile) sizes[entry.Name] = size = entry.Length;
            else if (entry.EntryType is TarEntryType.HardLink && sizes.TryGetValue(entry.LinkName, out var linked)) size = linked;
            else continue;
            var path = entry.Name[(slash + 1)..];
            if (SyncScope.IsExcluded(path)) continue;
            if (ContainerListingParser.Refusal(path) is not { } reason) files.Add(new ContainerFile(path, size, entry.ModificationTime.ToUnixTimeSeconds()));
            else if (skipped.Count < 1000) skipped.Add(reason);
        }
        return new ContainerListing(files, skipped);
    }

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
                await using var archive = await engine.ReadArchiveAsync(containerId, $"{Home}/{file.Path}", cancellationToken);
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
        await WriteFileAsync(containerId, State, "outbox.list", Encoding.UTF8.GetBytes(string.Join('\0', paths) + '\0'), cancellationToken);
        await engine.RunAsync(containerId, ["sh", "-c", $"rm -rf {Outbox} && mkdir -p {Outbox} && cd {Home} && xargs -0 -a {State}/outbox.list cp -P -l --parents -t {Outbox} -- 2>/dev/null; true"],
            Bounds, cancellationToken);
        try
        {
            await using var archive = await engine.ReadArchiveAsync(containerId, Outbox, cancellationToken);
            return archive is null ? null
                : await ConsumeAsync(archive, name => name.StartsWith("out/", StringComparison.Ordinal) ? name["out/".Length..] : null, wanted, skipped, consume, cancellationToken);
        }
        finally
        {
            await engine.RunAsync(containerId, ["rm", "-rf", Outbox, $"{State}/outbox.list"], Bounds, CancellationToken.None);
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

    /// <summary>Writes files into the home folder in one archive, streamed as it is written: nothing is staged on the host.</summary>
    public Task WriteAsync(string containerId, Func<TarWriter, CancellationToken, Task> write, CancellationToken cancellationToken) =>
        engine.WriteArchiveAsync(containerId, Home, async (stream, token) =>
        {
            await using var tar = new TarWriter(stream, TarEntryFormat.Pax, leaveOpen: true);
            await write(tar, token);
        }, cancellationToken);

    public async Task DeleteAsync(string containerId, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        foreach (var batch in paths.Chunk(200))
            await engine.RunAsync(containerId, ["rm", "-f", "--", .. batch.Select(path => $"{Home}/{path}")], Bounds, cancellationToken);
    }

    /// <summary>Moves a file aside in the container; a move that fails fails the sync (a conflict must keep its loser).</summary>
    public async Task MoveAsync(string containerId, string from, string to, CancellationToken cancellationToken)
    {
        var result = await engine.RunAsync(containerId, ["mv", "-f", "--", $"{Home}/{from}", $"{Home}/{to}"], Bounds, cancellationToken);
        if (result.ExitCode != 0) throw new InvalidOperationException($"Moving a conflict aside in the container failed ({result.ExitCode}): {Text.Printable(result.Output, 200)}");
    }

    private async Task<string> ReadSmallFileAsync(string containerId, string path, int maxBytes, CancellationToken cancellationToken)
    {
        await using var archive = await engine.ReadArchiveAsync(containerId, path, cancellationToken)
            ?? throw new InvalidOperationException("The container's file listing was not written.");
        await using var tar = new TarReader(archive);
        var entry = await tar.GetNextEntryAsync(copyData: false, cancellationToken);
        if (entry is not { EntryType: TarEntryType.RegularFile or TarEntryType.V7RegularFile }) throw new InvalidOperationException("The container's file listing is not a file.");
        if (entry.DataStream is null) return "";
        if (entry.Length > maxBytes) throw new InvalidOperationException($"The container's file listing is {entry.Length} bytes, more than the {maxBytes} allowed.");
        using var reader = new StreamReader(entry.DataStream, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private Task WriteFileAsync(string containerId, string folder, string name, byte[] content, CancellationToken cancellationToken) =>
        engine.WriteArchiveAsync(containerId, "/", async (stream, token) =>
        {
            await using var tar = new TarWriter(stream, TarEntryFormat.Pax, leaveOpen: true);
            await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, folder.TrimStart('/')) { Mode = (UnixFileMode)0b111_000_000 }, token);
            await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, $"{folder.TrimStart('/')}/{name}")
            {
                DataStream = new MemoryStream(content), Mode = (UnixFileMode)0b110_000_000,
            }, token);
        }, cancellationToken);
}
