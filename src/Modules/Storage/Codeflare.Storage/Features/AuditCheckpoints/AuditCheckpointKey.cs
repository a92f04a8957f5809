using System.Globalization;
using System.Text.RegularExpressions;
using Codeflare.Storage.Contracts;

namespace Codeflare.Storage.Features.AuditCheckpoints;

/// <summary>
/// A checkpoint's key carries its sequence (zero-padded, so keys list in order) and its link, so one listing reads
/// every checkpoint without fetching any. Nothing under <c>users/</c>: no file request can reach these.
/// </summary>
internal static partial class AuditCheckpointKey
{
    public const string Prefix = "audit/checkpoints/";
    public const string InstancePattern = "^[0-9a-z-]{1,64}$";

    public static string PrefixOf(string instance) => $"{Prefix}{instance}/";

    public static string For(string instance, long sequence, string link) => $"{PrefixOf(instance)}{sequence:D19}-{link}.json";

    public static StoredAuditCheckpoint? Parse(string key)
    {
        var match = Pattern().Match(key);
        return match.Success
            ? new StoredAuditCheckpoint(long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value)
            : null;
    }

    [GeneratedRegex("^audit/checkpoints/[0-9a-z-]+/([0-9]{19})-([0-9a-f]{64})\\.json$")]
    private static partial Regex Pattern();
}
