namespace Codeflare.Storage.Domain;

/// <summary>The parts an unfinished multipart upload holds in the store, by part number.</summary>
internal sealed record UploadParts(string S3UploadId, IReadOnlyDictionary<int, long> Sizes)
{
    public long Bytes => Sizes.Values.Sum();
}
