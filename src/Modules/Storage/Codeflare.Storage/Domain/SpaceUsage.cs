namespace Codeflare.Storage.Domain;

/// <summary>
/// What one user's part of the store holds at the moment of a write: their files, the parts of their unfinished
/// uploads (the store keeps those bytes too, so they count) and how many uploads the file API has open for them.
/// </summary>
internal sealed record SpaceUsage(long StoredBytes, IReadOnlyList<UploadParts> Uploads, int OpenUploads)
{
    public long HeldBytes => StoredBytes + Uploads.Sum(upload => upload.Bytes);

    public IReadOnlyDictionary<int, long> PartsOf(string s3UploadId) =>
        Uploads.FirstOrDefault(upload => upload.S3UploadId == s3UploadId)?.Sizes ?? new Dictionary<int, long>();
}
