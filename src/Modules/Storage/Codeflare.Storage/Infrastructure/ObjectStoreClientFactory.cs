using Amazon.Runtime;
using Amazon.S3;

namespace Codeflare.Storage.Infrastructure;

internal static class ObjectStoreClientFactory
{
    /// <summary>
    /// Checksums only when the operation requires them: the SDK's default trailing checksums are
    /// refused by several S3-compatible servers (Ceph RGW answers XAmzContentSHA256Mismatch).
    /// </summary>
    public static IAmazonS3 Create(StorageOptions options) => new AmazonS3Client(
        new BasicAWSCredentials(options.AccessKey, options.SecretKey),
        new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            AuthenticationRegion = options.Region,
            ForcePathStyle = options.ForcePathStyle,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            Timeout = TimeSpan.FromSeconds(30),
            MaxErrorRetry = 2,
        });
}
