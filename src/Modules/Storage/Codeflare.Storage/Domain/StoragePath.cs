using System.Text;

namespace Codeflare.Storage.Domain;

/// <summary>
/// SPEC §5 key validation, the one check every file endpoint and the workspace sync use: a path is relative to
/// the user's home, UTF-8 of at most 1,024 bytes (with the <c>users/&lt;id&gt;/</c> prefix), NFC, made of
/// segments that are neither empty, <c>.</c> nor <c>..</c>, without backslashes, NUL or control characters.
/// A folder may end in one <c>/</c>; the empty path is the home folder itself.
/// </summary>
internal static class StoragePath
{
    public const int MaxKeyBytes = 1024;

    /// <summary>The longest user prefix: <c>users/</c> + a GUID's 36 characters + <c>/</c>.</summary>
    private const int PrefixBytes = 6 + 36 + 1;

    /// <summary>
    /// Agent credentials and keys: readable in the session, but the browser may neither delete nor overwrite them,
    /// so a stray click (or a script with a files token) cannot lock a user out of their agents or hosts.
    /// </summary>
    public static readonly IReadOnlyList<string> Protected =
    [
        ".ssh/", ".gnupg/", ".claude/.credentials.json", ".codex/auth.json", ".gemini/oauth_creds.json",
        ".local/share/opencode/auth.json", ".config/gh/hosts.yml", ".git-credentials",
    ];

    /// <summary>Why <paramref name="path"/> is not a valid path, or null when it is.</summary>
    public static string? Problem(string? path, bool allowHome = false)
    {
        if (path is null) return "A path is required.";
        if (path.Length == 0) return allowHome ? null : "A path is required.";
        if (path.Any(character => char.IsControl(character))) return "Paths cannot contain control characters or NUL.";
        if (path.Contains('\\')) return "Use / between folders, not a backslash.";
        if (path.StartsWith('/')) return "Paths are relative to your home folder (no leading /).";
        if (!IsWellFormedUtf16(path)) return "Paths must be valid Unicode.";
        if (!path.IsNormalized(NormalizationForm.FormC)) return "Paths must be in Unicode normal form C (NFC).";
        if (Encoding.UTF8.GetByteCount(path) > MaxKeyBytes - PrefixBytes) return $"Paths are at most {MaxKeyBytes - PrefixBytes} bytes of UTF-8.";
        var segments = (path.EndsWith('/') ? path[..^1] : path).Split('/');
        if (segments.Any(segment => segment.Length == 0)) return "Paths cannot contain empty folder names (//).";
        if (segments.Any(segment => segment is "." or "..")) return "Paths cannot contain . or .. segments.";
        return null;
    }

    /// <summary>True when deleting or writing <paramref name="path"/> (or, for a folder, anything inside it) would touch a protected path.</summary>
    public static bool TouchesProtected(string path)
    {
        var folder = path.EndsWith('/') || path.Length == 0;
        return Protected.Any(entry => path.StartsWith(entry, StringComparison.Ordinal)
                                      || (entry.EndsWith('/') && path == entry[..^1])
                                      || (folder && entry.StartsWith(path, StringComparison.Ordinal)));
    }

    /// <summary>The object key of a user's path: everything of one user lives under <c>users/&lt;id&gt;/</c>.</summary>
    public static string KeyFor(Guid userId, string path) => $"users/{userId}/{path}";

    private static bool IsWellFormedUtf16(string path)
    {
        for (var index = 0; index < path.Length; index++)
        {
            if (char.IsHighSurrogate(path[index]) && index + 1 < path.Length && char.IsLowSurrogate(path[index + 1])) index++;
            else if (char.IsSurrogate(path[index])) return false;
        }
        return true;
    }
}
