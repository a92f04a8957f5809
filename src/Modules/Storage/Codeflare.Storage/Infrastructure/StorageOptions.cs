namespace Codeflare.Storage.Infrastructure;

/// <summary>Section <c>Storage</c>: any S3-compatible endpoint (SPEC §5).</summary>
internal sealed class StorageOptions
{
    public string ServiceUrl { get; set; } = "http://127.0.0.1:7480";
    public string Region { get; set; } = "us-east-1";
    public string Bucket { get; set; } = "codeflare";
    public string AccessKey { get; set; } = "";
    public string SecretKey { get; set; } = "";
    public bool ForcePathStyle { get; set; } = true;
}
