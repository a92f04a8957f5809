using System.Globalization;
using Codeflare.Storage.Domain;

namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// Reads the container's listing (<c>size mtime path\0</c> per file) as hostile input: a line that does not parse, a
/// negative size, or a path the store would refuse (control characters such as newlines, <c>..</c>, absolute,
/// backslashes, non-NFC — SPEC §5's rule) is skipped and reported, never followed.
/// </summary>
internal static class ContainerListingParser
{
    public static ContainerListing Parse(string text, int maxFiles)
    {
        var files = new List<ContainerFile>();
        var skipped = new List<string>();
        foreach (var line in text.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            if (files.Count + skipped.Count >= maxFiles) throw new InvalidOperationException($"The container lists more than {maxFiles} files.");
            var first = line.IndexOf(' ');
            var second = first < 0 ? -1 : line.IndexOf(' ', first + 1);
            if (second < 0
                || !long.TryParse(line.AsSpan(0, first), NumberStyles.None, CultureInfo.InvariantCulture, out var size)
                || !double.TryParse(line.AsSpan(first + 1, second - first - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                || !double.IsFinite(seconds))
            {
                skipped.Add($"{Shown(line)}: not a listing line");
                continue;
            }
            var path = line[(second + 1)..];
            if (SyncScope.IsExcluded(path)) continue;
            if (Refusal(path) is { } reason) skipped.Add(reason);
            else files.Add(new ContainerFile(path, size, (long)Math.Floor(Math.Clamp(seconds, 0, 253402300799))));
        }
        return new ContainerListing(files, skipped);
    }

    /// <summary>Why a container's path cannot be synced, or null.</summary>
    public static string? Refusal(string path) => StoragePath.Problem(path) is { } problem ? $"{Shown(path)}: {problem}" : null;

    /// <summary>A path as a log line or an event may show it: control characters escaped, at most 200 characters.</summary>
    public static string Shown(string path)
    {
        var escaped = string.Concat(path.Take(200).Select(character => char.IsControl(character) ? $"\\x{(int)character:x2}" : character.ToString()));
        return path.Length > 200 ? escaped + "…" : escaped;
    }
}
