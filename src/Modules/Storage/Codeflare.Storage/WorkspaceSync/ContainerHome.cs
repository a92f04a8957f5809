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
    internal const string State = Home + "/.codeflare-sync";
    private const string Listing = State + "/listing";

    internal ExecBounds Bounds => new(options.Value.ExecTimeout, 16 * 1024);

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

    /// <summary>Many files in one archive, each no longer than the listing claimed (<see cref="ContainerOutbox"/>).</summary>
    public Task<IReadOnlyList<string>> ReadManyAsync(string containerId, IReadOnlyDictionary<string, ContainerFile> wanted, bool running,
        Func<ContainerFile, Stream, Task> consume, CancellationToken cancellationToken) =>
        new ContainerOutbox(engine, this).ReadManyAsync(containerId, wanted, running, consume, cancellationToken);

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

    internal Task WriteFileAsync(string containerId, string folder, string name, byte[] content, CancellationToken cancellationToken) =>
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
