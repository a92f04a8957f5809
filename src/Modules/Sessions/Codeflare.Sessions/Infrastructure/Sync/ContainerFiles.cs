using System.Formats.Tar;
using System.Globalization;
using Codeflare.Sessions.Infrastructure.Runner;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Codeflare.Sessions.Infrastructure.Sync;

/// <summary>
/// The home folder of a session's container, through the Docker API only (exec and archive): no storage
/// credential ever enters the container, and nothing in it can reach the store.
/// </summary>
internal sealed class ContainerFiles(IDockerClient docker, WorkspaceEngine engine, ArchiveReader archives)
{
    public const string Home = "/home/dev";

    /// <summary>
    /// Every regular file under the home folder but excluded folders: one exec writes the listing (NUL-separated, any
    /// file name) to a file, read back through the archive API (<see cref="ArchiveReader"/>): a large listing
    /// through Docker.DotNet's exec output broke off with an EndOfStreamException.
    /// </summary>
    public async Task<IReadOnlyList<ContainerFile>> ListAsync(string containerId, CancellationToken cancellationToken)
    {
        const string listing = "/tmp/.codeflare-sync-listing";
        var prune = string.Join(" -o ", SyncScope.ExcludedFolders.Select(name => $"-name '{name}'"));
        var (exit, output) = await engine.ExecAsync(containerId,
            ["sh", "-c", $"find {Home} -xdev \\( {prune} \\) -prune -o -type f -fprintf {listing}.part '%s %T@ %P\\0' && mv {listing}.part {listing}"], cancellationToken);
        if (exit != 0) throw new InvalidOperationException($"Listing the container's files failed ({exit}): {output[..Math.Min(200, output.Length)]}");
        await using var archive = await archives.OpenAsync(containerId, listing, cancellationToken)
            ?? throw new InvalidOperationException("The container's file listing was not written.");
        await using var tar = new TarReader(archive);
        var entry = await tar.GetNextEntryAsync(copyData: false, cancellationToken);
        using var reader = new StreamReader(entry?.DataStream ?? Stream.Null, System.Text.Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        return text.Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToList();
    }

    /// <summary>
    /// The same listing from a container that is no longer running (exec needs a running one; the archive API does
    /// not): the whole home folder read as an archive, headers kept, contents skipped.
    /// </summary>
    public async Task<IReadOnlyList<ContainerFile>> ListStoppedAsync(string containerId, CancellationToken cancellationToken)
    {
        await using var archive = await archives.OpenAsync(containerId, Home, cancellationToken)
            ?? throw new InvalidOperationException("The container's home folder is gone.");
        await using var tar = new TarReader(archive);
        var listed = new List<ContainerFile>();
        while (await tar.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
        {
            // Entries are named from the folder's own name ("dev/…").
            var slash = entry.Name.IndexOf('/');
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || slash < 0) continue;
            var path = entry.Name[(slash + 1)..];
            if (!SyncScope.IsExcluded(path)) listed.Add(new ContainerFile(path, entry.Length, entry.ModificationTime.ToUnixTimeSeconds()));
        }
        return listed;
    }

    /// <summary>Copies one file out of the container into a temporary file the caller disposes; null when it is gone.</summary>
    public async Task<FileStream?> ReadAsync(string containerId, string path, CancellationToken cancellationToken)
    {
        await using var archive = await archives.OpenAsync(containerId, $"{Home}/{path}", cancellationToken);
        if (archive is null) return null;
        await using var tar = new TarReader(archive);
        var entry = await tar.GetNextEntryAsync(copyData: false, cancellationToken);
        if (entry?.DataStream is null) return null;
        var file = TemporaryFile();
        await entry.DataStream.CopyToAsync(file, cancellationToken);
        file.Position = 0;
        return file;
    }

    /// <summary>
    /// Writes files into the home folder in one archive, with their folders and modification times. Contents are
    /// fetched eight at a time (small ones into memory, larger ones into temporary files) and written in order; a
    /// file gone meanwhile is left out. Returns what was written.
    /// </summary>
    public async Task<IReadOnlyList<IncomingFile>> WriteAsync(
        string containerId, IReadOnlyList<IncomingFile> files, Func<string, Task<Stream?>> open, CancellationToken cancellationToken)
    {
        if (files.Count == 0) return [];
        var written = new List<IncomingFile>();
        await using var archive = TemporaryFile();
        await using (var tar = new TarWriter(archive, TarEntryFormat.Pax, leaveOpen: true))
        {
            var folders = new HashSet<string>(StringComparer.Ordinal);
            foreach (var window in files.Chunk(FetchesAtOnce))
            {
                var contents = await Task.WhenAll(window.Select(file => FetchAsync(open, file.Source, cancellationToken)));
                for (var index = 0; index < window.Length; index++)
                {
                    await using var content = contents[index];
                    if (content is null) continue;
                    var file = window[index];
                    for (var slash = file.Path.IndexOf('/'); slash > 0; slash = file.Path.IndexOf('/', slash + 1))
                        if (folders.Add(file.Path[..slash]))
                            await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, file.Path[..slash]) { Mode = (UnixFileMode)0b111_101_101 }, cancellationToken);
                    await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, file.Path)
                    {
                        DataStream = content, ModificationTime = file.Modified, Mode = (UnixFileMode)0b110_100_100,
                    }, cancellationToken);
                    written.Add(file);
                }
            }
        }
        archive.Position = 0;
        await docker.Containers.ExtractArchiveToContainerAsync(containerId, new CopyToContainerParameters { Path = Home }, archive, cancellationToken);
        return written;
    }

    private const int FetchesAtOnce = 8;

    private static async Task<Stream?> FetchAsync(Func<string, Task<Stream?>> open, string source, CancellationToken cancellationToken)
    {
        await using var remote = await open(source);
        if (remote is null) return null;
        var local = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        Stream target = local;
        while ((read = await remote.ReadAsync(buffer, cancellationToken)) > 0)
        {
            // Past 1 MiB a file waits on disk, not in memory: eight large files must not hold gigabytes.
            if (target == local && local.Length + read > 1 << 20)
            {
                target = TemporaryFile();
                local.Position = 0;
                await local.CopyToAsync(target, cancellationToken);
            }
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        target.Position = 0;
        return target;
    }

    private static FileStream TemporaryFile() => new(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
        FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    public async Task DeleteAsync(string containerId, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        foreach (var batch in paths.Chunk(200))
            await engine.ExecAsync(containerId, ["rm", "-f", "--", .. batch.Select(path => $"{Home}/{path}")], cancellationToken);
    }

    public Task MoveAsync(string containerId, string from, string to, CancellationToken cancellationToken) =>
        engine.ExecAsync(containerId, ["mv", "-f", "--", $"{Home}/{from}", $"{Home}/{to}"], cancellationToken);

    private static ContainerFile Parse(string line)
    {
        var first = line.IndexOf(' ');
        var second = line.IndexOf(' ', first + 1);
        var seconds = double.Parse(line[(first + 1)..second], CultureInfo.InvariantCulture);
        return new ContainerFile(line[(second + 1)..], long.Parse(line[..first], CultureInfo.InvariantCulture), (long)Math.Floor(seconds));
    }
}
