using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Codeflare.Testing;

namespace Codeflare.Host.Tests;

/// <summary>The object store as the server sees it: a test's own bucket on the real Ceph RGW, read around the API.</summary>
internal sealed class TestBucket : IDisposable
{
    private readonly AmazonS3Client s3;

    private TestBucket(AmazonS3Client s3, string name, Dictionary<string, string?> settings)
    {
        this.s3 = s3;
        Name = name;
        Settings = settings;
    }

    public string Name { get; }
    public Dictionary<string, string?> Settings { get; }

    public static async Task<TestBucket> CreateAsync(string purpose)
    {
        var name = $"{purpose}-{Guid.NewGuid():N}"[..30];
        var settings = await ObjectStoreServer.SettingsAsync(name);
        var s3 = new AmazonS3Client(new BasicAWSCredentials(ObjectStoreServer.AccessKey, ObjectStoreServer.SecretKey), new AmazonS3Config
        {
            ServiceURL = settings["Storage:ServiceUrl"], AuthenticationRegion = "us-east-1", ForcePathStyle = true,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });
        return new TestBucket(s3, name, settings);
    }

    public async Task<IReadOnlyList<string>> KeysAsync()
    {
        try
        {
            var listed = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Name });
            return (listed.S3Objects ?? []).Select(item => item.Key).Order(StringComparer.Ordinal).ToList();
        }
        catch (AmazonS3Exception missing) when (missing.ErrorCode == "NoSuchBucket")
        {
            return [];
        }
    }

    /// <summary>An object's bytes as the store holds them, read around the API.</summary>
    public async Task<byte[]> BytesAsync(string key)
    {
        using var found = await s3.GetObjectAsync(Name, key);
        using var bytes = new MemoryStream();
        await found.ResponseStream.CopyToAsync(bytes);
        return bytes.ToArray();
    }

    /// <summary>An object written around the API, as the workspace sync would write it.</summary>
    public async Task PutAsync(string key, string text)
    {
        await s3.PutBucketAsync(Name);
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = Name, Key = key, ContentBody = text });
    }

    public async Task<int> OpenUploadsAsync() =>
        (await s3.ListMultipartUploadsAsync(new ListMultipartUploadsRequest { BucketName = Name })).MultipartUploads?.Count ?? 0;

    /// <summary>What users hold in the bucket: their objects and the parts of their unfinished multipart uploads.</summary>
    public async Task<long> BytesHeldAsync()
    {
        // Only users' space: the audit checkpoints and recordings the host keeps beside it are nobody's quota.
        var listed = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Name, Prefix = "users/" });
        var bytes = (listed.S3Objects ?? []).Sum(item => item.Size ?? 0);
        var uploads = await s3.ListMultipartUploadsAsync(new ListMultipartUploadsRequest { BucketName = Name, Prefix = "users/" });
        foreach (var upload in uploads.MultipartUploads ?? [])
        {
            var parts = await s3.ListPartsAsync(new ListPartsRequest { BucketName = Name, Key = upload.Key, UploadId = upload.UploadId });
            bytes += (parts.Parts ?? []).Sum(part => part.Size ?? 0);
        }
        return bytes;
    }

    public void Dispose() => s3.Dispose();
}
