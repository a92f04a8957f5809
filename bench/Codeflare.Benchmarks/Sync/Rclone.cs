using System.Diagnostics;

namespace Codeflare.Benchmarks.Sync;

/// <summary>
/// rclone (Debian's) against the same S3 server and bucket as Codeflare, configured through the environment only
/// (remote <c>cf:</c>), so no credential is written to disk or shows in <c>ps</c>.
/// </summary>
internal sealed class Rclone(string executable, SyncStore store)
{
    public string Remote(string prefix) => $"cf:{store.Bucket}/{prefix}";

    /// <summary>Runs one rclone command and returns how long it took.</summary>
    public async Task<TimeSpan> TimeAsync(CancellationToken ct, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var flag in (string[])["--transfers", "8", "--checkers", "16", "--s3-no-check-bucket", "--s3-upload-cutoff", "64M", "--s3-chunk-size", "16M"])
            start.ArgumentList.Add(flag);
        // The store is plain HTTP on loopback; a CA bundle from the surrounding environment only makes rclone's S3 client fail.
        start.Environment.Remove("AWS_CA_BUNDLE");
        start.Environment["RCLONE_CONFIG_CF_TYPE"] = "s3";
        start.Environment["RCLONE_CONFIG_CF_PROVIDER"] = "Ceph";
        start.Environment["RCLONE_CONFIG_CF_ENDPOINT"] = store.Endpoint;
        start.Environment["RCLONE_CONFIG_CF_ACCESS_KEY_ID"] = store.AccessKey;
        start.Environment["RCLONE_CONFIG_CF_SECRET_ACCESS_KEY"] = store.SecretKey;
        start.Environment["RCLONE_CONFIG_CF_REGION"] = "us-east-1";
        start.Environment["RCLONE_CONFIG_CF_FORCE_PATH_STYLE"] = "true";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        watch.Stop();
        if (process.ExitCode != 0) throw new InvalidOperationException($"rclone {string.Join(' ', arguments)} exited {process.ExitCode}: {await errors}");
        return watch.Elapsed;
    }

    /// <summary>Removes the bench's prefixes; a failure here must not hide the measure's own result or error.</summary>
    public async Task PurgeAsync(params string[] prefixes)
    {
        foreach (var prefix in prefixes)
            await TimeAsync(CancellationToken.None, "purge", Remote(prefix)).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
