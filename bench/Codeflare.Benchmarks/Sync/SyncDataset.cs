using System.Security.Cryptography;

namespace Codeflare.Benchmarks.Sync;

/// <summary>
/// A folder of random files: SPEC §10's "10,000 small files" or "1 GiB mixed" (large files plus many small ones).
/// The same files go through rclone and through Codeflare; "changed" are the first files in name order.
/// </summary>
internal sealed record SyncDataset(string Name, string Folder, IReadOnlyList<string> Files, long Bytes)
{
    public static SyncDataset Small(string root, int count, string name = "small") => Create(name, root, Enumerable.Repeat(1024L, count).ToArray());

    /// <summary>
    /// Half the bytes in 64 MiB files, half in 256 KiB files, at any size: the same file sizes in a 256 MiB and a 1 GiB
    /// set, so a difference in the host's memory between their restores comes from the home's size, not a file's.
    /// </summary>
    public static SyncDataset Mixed(string root, int mib, string name)
    {
        var half = (long)mib << 19;
        var sizes = Enumerable.Repeat(64L << 20, (int)Math.Max(1, half / (64L << 20)))
            .Concat(Enumerable.Repeat(256L << 10, (int)Math.Max(1, half / (256L << 10)))).ToArray();
        return Create(name, root, sizes);
    }

    private static SyncDataset Create(string name, string root, long[] sizes)
    {
        var folder = Path.Combine(root, name);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var files = new List<string>();
        for (var index = 0; index < sizes.Length; index++)
        {
            var relative = $"d{index / 500:D3}/f{index:D5}.bin";
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var file = File.Create(path);
            var buffer = new byte[Math.Min(sizes[index], 1 << 20)];
            for (long written = 0; written < sizes[index]; written += buffer.Length)
            {
                RandomNumberGenerator.Fill(buffer);
                file.Write(buffer, 0, (int)Math.Min(buffer.Length, sizes[index] - written));
            }
            files.Add(relative);
        }
        return new SyncDataset(name, folder, files.Order(StringComparer.Ordinal).ToList(), sizes.Sum());
    }

    /// <summary>The files an incremental round changes (1 %, at least one), and their bytes after the change.</summary>
    public (IReadOnlyList<string> Files, long Bytes) Changed()
    {
        var changed = Files.Take(Math.Max(1, Files.Count / 100)).ToList();
        return (changed, changed.Sum(file => new FileInfo(Path.Combine(Folder, file)).Length + 16));
    }

    public void Change(IEnumerable<string> files)
    {
        foreach (var file in files) File.AppendAllText(Path.Combine(Folder, file), "changed-by-bench");
    }
}
