using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.Infrastructure;

internal sealed class ObjectStoreHealthCheck(IAmazonS3 s3, BucketProvisioner provisioner, IOptions<StorageOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await provisioner.EnsureAsync(cancellationToken);
            await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = options.Value.Bucket, MaxKeys = 1 }, cancellationToken);
            return HealthCheckResult.Healthy($"bucket '{options.Value.Bucket}' at {options.Value.ServiceUrl}");
        }
        catch (Exception exception) when (exception is AmazonServiceException or HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy($"object store at {options.Value.ServiceUrl}: {exception.Message}");
        }
    }
}
