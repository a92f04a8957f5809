using Amazon.S3;
using Amazon.S3.Util;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.Infrastructure;

/// <summary>Creates the instance's bucket if it is missing; remembers success so the check runs once.</summary>
internal sealed class BucketProvisioner(IAmazonS3 s3, IOptions<StorageOptions> options)
{
    private volatile bool ready;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (ready) return;
        var bucket = options.Value.Bucket;
        if (!await AmazonS3Util.DoesS3BucketExistV2Async(s3, bucket))
        {
            try
            {
                await s3.PutBucketAsync(bucket, cancellationToken);
            }
            catch (AmazonS3Exception exception) when (exception.ErrorCode is "BucketAlreadyOwnedByYou" or "BucketAlreadyExists")
            {
                // Another host created it first.
            }
        }
        ready = true;
    }
}
