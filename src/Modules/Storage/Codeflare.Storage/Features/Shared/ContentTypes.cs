using Microsoft.AspNetCore.StaticFiles;

namespace Codeflare.Storage.Features.Shared;

internal static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider ByExtension = new();

    /// <summary>What the client said, unless it said nothing useful; then what the name suggests.</summary>
    public static string For(string path, string? declared) =>
        declared is { Length: > 0 } && !declared.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase)
            ? declared
            : ByExtension.TryGetContentType(path, out var guessed) ? guessed : "application/octet-stream";
}
