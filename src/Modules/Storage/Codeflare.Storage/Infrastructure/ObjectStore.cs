using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.Infrastructure;

/// <summary>
/// The instance's bucket, by object key. Everything a user owns is under <c>users/&lt;id&gt;/</c>: the file
/// features build keys only through <see cref="Domain.StoragePath.KeyFor"/>, so no request can name another prefix.
/// </summary>
internal sealed class ObjectStore(IAmazonS3 s3, BucketProvisioner bucket, IOptions<StorageOptions> options)
{
    private string Bucket => options.Value.Bucket;

    public async Task<ListObjectsV2Response> ListAsync(string prefix, string? delimiter, string? cursor, int max, CancellationToken cancellationToken)
    {
        await bucket.EnsureAsync(cancellationToken);
        return await s3.ListObjectsV2Async(new ListObjectsV2Request
        {
            BucketName = Bucket, Prefix = prefix, Delimiter = delimiter, ContinuationToken = cursor, MaxKeys = max,
        }, cancellationToken);
    }

    /// <summary>Every object under <paramref name="prefix"/>, page by page.</summary>
    public async IAsyncEnumerable<S3Object> AllAsync(string prefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? cursor = null;
        do
        {
            var page = await ListAsync(prefix, null, cursor, 1000, cancellationToken);
            foreach (var item in page.S3Objects ?? []) yield return item;
            cursor = page.IsTruncated == true ? page.NextContinuationToken : null;
        } while (cursor is not null);
    }

    public async Task<GetObjectMetadataResponse?> HeadAsync(string key, CancellationToken cancellationToken)
    {
        await bucket.EnsureAsync(cancellationToken);
        try
        {
            return await s3.GetObjectMetadataAsync(Bucket, key, cancellationToken);
        }
        catch (AmazonS3Exception missing) when (missing.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>The object, or the part of it a single <c>Range</c> header asks for; null when there is no such object.</summary>
    public async Task<GetObjectResponse?> GetAsync(string key, string? range, CancellationToken cancellationToken)
    {
        await bucket.EnsureAsync(cancellationToken);
        try
        {
            return await s3.GetObjectAsync(new GetObjectRequest
            {
                BucketName = Bucket, Key = key, ByteRange = range is null ? null : new ByteRange(range),
            }, cancellationToken);
        }
        catch (AmazonS3Exception missing) when (missing.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Writes an object in one request; returns its ETag.</summary>
    public async Task<string> PutAsync(string key, Stream content, long length, string contentType, CancellationToken cancellationToken)
    {
        await bucket.EnsureAsync(cancellationToken);
        var request = new PutObjectRequest
        {
            BucketName = Bucket, Key = key, InputStream = content, ContentType = contentType, AutoCloseStream = false,
        };
        request.Headers.ContentLength = length;
        return (await s3.PutObjectAsync(request, cancellationToken)).ETag ?? "";
    }

    /// <summary>A file of any size from a seekable or forward-only stream: one request up to 64 MiB, multipart above.</summary>
    public async Task<string> WriteLargeAsync(string key, Stream content, long length, string contentType, CancellationToken cancellationToken)
    {
        const long single = 64L << 20;
        if (length <= single) return await PutAsync(key, content, length, contentType, cancellationToken);
        await bucket.EnsureAsync(cancellationToken);
        using var transfer = new Amazon.S3.Transfer.TransferUtility(s3);
        await transfer.UploadAsync(new Amazon.S3.Transfer.TransferUtilityUploadRequest
        {
            BucketName = Bucket, Key = key, InputStream = content, ContentType = contentType, PartSize = 16L << 20, AutoCloseStream = false,
        }, cancellationToken);
        // The transfer utility does not say the multipart ETag; the store does.
        return (await HeadAsync(key, cancellationToken))?.ETag ?? "";
    }

    public async Task CopyAsync(string from, string to, CancellationToken cancellationToken) =>
        await s3.CopyObjectAsync(new CopyObjectRequest
        {
            SourceBucket = Bucket, SourceKey = from, DestinationBucket = Bucket, DestinationKey = to,
        }, cancellationToken);

    public async Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        foreach (var batch in keys.Chunk(1000))
        {
            await s3.DeleteObjectsAsync(new DeleteObjectsRequest
            {
                BucketName = Bucket, Objects = batch.Select(key => new KeyVersion { Key = key }).ToList(),
            }, cancellationToken);
        }
    }

    public async Task<string> StartMultipartAsync(string key, string contentType, CancellationToken cancellationToken)
    {
        await bucket.EnsureAsync(cancellationToken);
        var started = await s3.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest
        {
            BucketName = Bucket, Key = key, ContentType = contentType,
        }, cancellationToken);
        return started.UploadId;
    }

    public async Task UploadPartAsync(string key, string uploadId, int number, Stream content, long length, CancellationToken cancellationToken)
    {
        var request = new UploadPartRequest
        {
            BucketName = Bucket, Key = key, UploadId = uploadId, PartNumber = number, InputStream = content, PartSize = length,
        };
        await s3.UploadPartAsync(request, cancellationToken);
    }

    public async Task<IReadOnlyList<PartDetail>> PartsAsync(string key, string uploadId, CancellationToken cancellationToken)
    {
        var parts = new List<PartDetail>();
        int? marker = null;
        ListPartsResponse page;
        do
        {
            page = await s3.ListPartsAsync(new ListPartsRequest
            {
                BucketName = Bucket, Key = key, UploadId = uploadId, PartNumberMarker = marker?.ToString(),
            }, cancellationToken);
            parts.AddRange(page.Parts ?? []);
            marker = page.NextPartNumberMarker;
        } while (page.IsTruncated == true);
        return parts;
    }

    public async Task CompleteMultipartAsync(string key, string uploadId, IReadOnlyList<PartDetail> parts, CancellationToken cancellationToken) =>
        await s3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
        {
            BucketName = Bucket, Key = key, UploadId = uploadId,
            PartETags = parts.Select(part => new PartETag(part.PartNumber ?? 0, part.ETag)).ToList(),
        }, cancellationToken);

    public async Task AbortMultipartAsync(string key, string uploadId, CancellationToken cancellationToken)
    {
        try
        {
            await s3.AbortMultipartUploadAsync(Bucket, key, uploadId, cancellationToken);
        }
        catch (AmazonS3Exception gone) when (gone.StatusCode == HttpStatusCode.NotFound)
        {
            // Already aborted or completed.
        }
    }

    /// <summary>Every multipart upload the bucket still holds under <paramref name="prefix"/>, page by page.</summary>
    public async Task<IReadOnlyList<MultipartUpload>> OpenUploadsAsync(string prefix, CancellationToken cancellationToken)
    {
        await bucket.EnsureAsync(cancellationToken);
        var uploads = new List<MultipartUpload>();
        var request = new ListMultipartUploadsRequest { BucketName = Bucket, Prefix = prefix };
        ListMultipartUploadsResponse page;
        do
        {
            page = await s3.ListMultipartUploadsAsync(request, cancellationToken);
            uploads.AddRange(page.MultipartUploads ?? []);
            request.KeyMarker = page.NextKeyMarker;
            request.UploadIdMarker = page.NextUploadIdMarker;
        } while (page.IsTruncated == true);
        return uploads;
    }

    /// <summary>Multipart uploads the bucket still holds that were started before <paramref name="before"/>.</summary>
    public async Task<IReadOnlyList<MultipartUpload>> MultipartUploadsAsync(DateTime before, CancellationToken cancellationToken)
    {
        await bucket.EnsureAsync(cancellationToken);
        var listed = await s3.ListMultipartUploadsAsync(new ListMultipartUploadsRequest { BucketName = Bucket, Prefix = "users/" }, cancellationToken);
        return (listed.MultipartUploads ?? []).Where(upload => upload.Initiated < before).ToList();
    }
}
