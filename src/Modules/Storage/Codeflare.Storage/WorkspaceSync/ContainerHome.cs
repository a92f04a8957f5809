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
        while (await tar.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
        {
            // Entries are named from the folder's own name ("dev/…").
            var slash = entry.Name.IndexOf('/');
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || slash < 0) continue;
            if (files.Count >= options.Value.MaxFiles) throw new InvalidOperationException($"The container lists more than {options.Value.MaxFiles} files.");
            var path = entry.Name[(slash + 1)..];
            if (SyncScope.IsExcluded(path)) continue;
            if (ContainerListingParser.Refusal(path) is { } reason) skipped.Add(reason);
            else files.Add(new ContainerFile(path, entry.Length, entry.ModificationTime.ToUnixTimeSeconds()));
        }
        return new ContainerListing(files, skipped);
    }

    /// <summary>
    /// Reads many files in one archive: the container hard-links them into an outbox (no copy of their bytes), the
    /// host reads the outbox's archive once. <paramref name="consume"/> gets each file the listing named, never more
    /// bytes than the listing claimed; anything else in the archive (links, other names, a file that grew) is skipped
    /// and reported. A running container is needed (for the hard links); a stopped one is read file by file.
    /// </summary>
    public async Task<IReadOnlyList<string>> ReadManyAsync(string containerId, IReadOnlyDictionary<string, ContainerFile> wanted, bool running,
        Func<ContainerFile, Stream, Task> consume, CancellationToken cancellationToken)
    {
        var skipped = new List<string>();
        if (wanted.Count == 0) return skipped;
        if (!running)
        {
            foreach (var file in wanted.Values)
            {
                await using var archive = await engine.ReadArchiveAsync(containerId, $"{Home}/{file.Path}", cancellationToken);
                if (archive is not null) await ConsumeAsync(archive, file.Path.Contains('/') ? file.Path[..(file.Path.LastIndexOf('/') + 1)] : "",
                    wanted, skipped, consume, cancellationToken, prefixIsFolder: false);
            }
            return skipped;
        }
        var list = Encoding.UTF8.GetBytes(string.Join('\0', wanted.Keys) + '\0');
        await WriteFileAsync(containerId, State, "outbox.list", list, cancellationToken);
        await engine.RunAsync(containerId, ["sh", "-c", $"rm -rf {Outbox} && mkdir -p {Outbox} && cd {Home} && xargs -0 -a {State}/outbox.list cp -P -l --parents -t {Outbox} -- 2>/dev/null; true"],
            Bounds, cancellationToken);
        try
        {
            await using var archive = await engine.ReadArchiveAsync(containerId, Outbox, cancellationToken);
            if (archive is not null) await ConsumeAsync(archive, "out/", wanted, skipped, consume, cancellationToken, prefixIsFolder: true);
        }
        finally
        {
            await engine.RunAsync(containerId, ["rm", "-rf", Outbox, $"{State}/outbox.list"], Bounds, CancellationToken.None);
        }
        return skipped;
    }

    private static async Task ConsumeAsync(Stream archive, string prefix, IReadOnlyDictionary<string, ContainerFile> wanted, List<string> skipped,
        Func<ContainerFile, Stream, Task> consume, CancellationToken cancellationToken, bool prefixIsFolder)
    {
        await using var tar = new TarReader(archive);
        while (await tar.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
        {
            if (entry.EntryType is TarEntryType.Directory) continue;
            // One file's archive names it by its own name; the outbox's by "out/<path>".
            var path = prefixIsFolder ? (entry.Name.StartsWith(prefix, StringComparison.Ordinal) ? entry.Name[prefix.Length..] : null)
                : prefix + entry.Name;
            if (path is null || !wanted.TryGetValue(path, out var file)) continue;
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
                skipped.Add($"{ContainerListingParser.Shown(path)}: not a regular file when read");
            else if (entry.Length > file.Size)
                skipped.Add($"{ContainerListingParser.Shown(path)}: grew from {file.Size} to {entry.Length} bytes while it was read");
            else
                await consume(file with { Size = entry.Length }, entry.DataStream);
        }
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

    public Task MoveAsync(string containerId, string from, string to, CancellationToken cancellationToken) =>
        engine.RunAsync(containerId, ["mv", "-f", "--", $"{Home}/{from}", $"{Home}/{to}"], Bounds, cancellationToken);

    private async Task<string> ReadSmallFileAsync(string containerId, string path, int maxBytes, CancellationToken cancellationToken)
    {
        await using var archive = await engine.ReadArchiveAsync(containerId, path, cancellationToken)
            ?? throw new InvalidOperationException("The container's file listing was not written.");
        await using var tar = new TarReader(archive);
        var entry = await tar.GetNextEntryAsync(copyData: false, cancellationToken);
        if (entry?.DataStream is null) throw new InvalidOperationException("The container's file listing is not a file.");
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
