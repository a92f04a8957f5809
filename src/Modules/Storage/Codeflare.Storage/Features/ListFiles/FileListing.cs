namespace Codeflare.Storage.Features.ListFiles;

internal sealed record FileListing(IReadOnlyList<FileEntry> Entries, string? NextCursor);
