namespace Codeflare.Storage.Features.UploadPart;

internal sealed record UploadedPart(int Number, long Size);
