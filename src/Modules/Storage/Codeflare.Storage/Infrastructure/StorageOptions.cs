namespace Codeflare.Storage.Infrastructure;

/// <summary>Section <c>Storage</c>: any S3-compatible endpoint (SPEC §5) and the limits of the file API.</summary>
internal sealed class StorageOptions
{
    public string ServiceUrl { get; set; } = "http://127.0.0.1:7480";
    public string Region { get; set; } = "us-east-1";
    public string Bucket { get; set; } = "codeflare";
    public string AccessKey { get; set; } = "";
    public string SecretKey { get; set; } = "";
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>Per user, checked before every write against files and the parts of unfinished uploads.</summary>
    public long QuotaBytes { get; set; } = 10L << 30;

    /// <summary>A single-request upload; larger files go through a multipart upload.</summary>
    public long MaxUploadBytes { get; set; } = 32L << 20;

    /// <summary>S3's floor for every part but the last.</summary>
    public long MinPartBytes { get; set; } = 5L << 20;

    public long MaxPartBytes { get; set; } = 64L << 20;

    /// <summary>Unfinished multipart uploads per user: each holds parts (and a database row) until completed or aborted.</summary>
    public int MaxOpenUploads { get; set; } = 20;

    /// <summary>How long a write waits for the same user's write before it (a per-user lock; see UserWriteLock) to finish.</summary>
    public TimeSpan WriteLockTimeout { get; set; } = TimeSpan.FromSeconds(20);

    public int ListPageSize { get; set; } = 200;

    /// <summary>Upload requests (whole files, multipart starts and parts) per user and minute.</summary>
    public int UploadsPerMinute { get; set; } = 240;

    /// <summary>Multipart uploads left unfinished this long are aborted (their parts cost space).</summary>
    public TimeSpan AbandonedUploadAfter { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan UploadSweepInterval { get; set; } = TimeSpan.FromHours(1);
}
