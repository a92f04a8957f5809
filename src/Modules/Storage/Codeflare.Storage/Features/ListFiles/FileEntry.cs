namespace Codeflare.Storage.Features.ListFiles;

/// <summary><paramref name="Kind"/> is <c>file</c> or <c>folder</c>; a folder's path ends in <c>/</c>.</summary>
internal sealed record FileEntry(string Name, string Path, string Kind, long Size, DateTimeOffset? ModifiedAt);
