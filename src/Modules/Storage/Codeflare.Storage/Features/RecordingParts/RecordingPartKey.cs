using System.Text.RegularExpressions;

namespace Codeflare.Storage.Features.RecordingParts;

/// <summary>
/// Where a recording part lives: <c>recordings/&lt;session&gt;/&lt;recording&gt;/&lt;part&gt;.cast</c>, nothing under
/// <c>users/</c>, so the file API and the workspace sync never reach it. Parts list in order (zero-padded).
/// </summary>
internal static partial class RecordingPartKey
{
    public const int MaximumPart = 999_999;

    public static string For(Guid sessionId, Guid recordingId, int part) => $"recordings/{sessionId:N}/{recordingId:N}/{part:D6}.cast";

    public static bool IsRecordingPart(string? key) => key is not null && Pattern().IsMatch(key);

    [GeneratedRegex("^recordings/[0-9a-f]{32}/[0-9a-f]{32}/[0-9]{6}\\.cast$")]
    private static partial Regex Pattern();
}
