namespace Codeflare.Benchmarks.Sync;

/// <summary>The bench instance's S3 server (./codeflare bench passes it in the environment).</summary>
internal sealed record SyncStore(string Endpoint, string AccessKey, string SecretKey, string Bucket)
{
    public static SyncStore? FromEnvironment() =>
        Environment.GetEnvironmentVariable("CODEFLARE_BENCH_S3_URL") is { Length: > 0 } url
            ? new SyncStore(url, Environment.GetEnvironmentVariable("CODEFLARE_BENCH_S3_ACCESS_KEY") ?? "",
                Environment.GetEnvironmentVariable("CODEFLARE_BENCH_S3_SECRET_KEY") ?? "",
                Environment.GetEnvironmentVariable("CODEFLARE_BENCH_S3_BUCKET") ?? "codeflare")
            : null;
}
