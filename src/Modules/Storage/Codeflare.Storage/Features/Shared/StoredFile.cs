namespace Codeflare.Storage.Features.Shared;

internal sealed record StoredFile(string Path, long Size);
