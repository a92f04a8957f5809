using Docker.DotNet;

namespace Codeflare.Benchmarks.Sync;

/// <summary>`--sync`: the chosen data sets (all by default), then the sync section of the report (the terminal part is left as it is).</summary>
internal static class SyncRun
{
    public static async Task<int> RunAsync(BenchOptions options, IDockerClient docker, CancellationToken ct)
    {
        if (options.HubUrl is null || string.IsNullOrEmpty(options.HubToken) || SyncStore.FromEnvironment() is not { } store)
        {
            Console.Error.WriteLine("--sync needs --hub-url, a token and CODEFLARE_BENCH_S3_URL/ACCESS_KEY/SECRET_KEY (./codeflare bench --sync supplies them).");
            return 2;
        }
        var root = Path.Combine(Path.GetTempPath(), "codeflare-sync-bench");
        var rclone = new Rclone(options.Rclone, store);
        var host = HostDescription(options.HostPid);
        BenchRun.Log(host is null ? "sync: no host pid, RSS is not sampled" : $"sync: sampling the RSS of {host}");
        var bench = new SyncBench(options.HubUrl, options.HubToken, rclone, docker, host is null ? null : options.HostPid);
        var sets = options.SyncSets;
        SyncResults results;
        try
        {
            var small = sets.Contains("small") ? await bench.MeasureAsync(SyncDataset.Small(root, options.SyncFiles), SyncTargets.Small, false, ct) : null;
            var firstUp = sets.Contains("first-up")
                ? await new FirstSyncUp(options.HubUrl, options.HubToken, rclone, docker).MeasureAsync(SyncDataset.Small(root, options.SyncFiles, "first-up"), ct)
                : null;
            // The smaller mixed set first: the host's memory after the big restore must not count towards the small one's peak.
            var rss = sets.Contains("rss") ? await bench.MeasureAsync(Mixed(root, options.SyncRssMib), SyncTargets.Mixed, true, ct) : null;
            var mixed = sets.Contains("mixed") ? await bench.MeasureAsync(Mixed(root, options.SyncMixedMib), SyncTargets.Mixed, false, ct) : null;
            results = new SyncResults(small, firstUp, rss, mixed, host);
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
        var section = SyncReport.Render(results, Report.MachineFacts.Load());
        var existing = File.Exists(options.Output) ? await File.ReadAllTextAsync(options.Output, ct) : "# Benchmarks\n";
        await File.WriteAllTextAsync(options.Output, SyncReport.Splice(existing, section), CancellationToken.None);
        Console.WriteLine(section);
        return SyncRows.From(results).Any(row => row.Pass == false) ? 1 : 0;
    }

    private static SyncDataset Mixed(string root, int mib) => SyncDataset.Mixed(root, mib, $"mixed-{mib}");

    /// <summary>"pid 123 (dotnet /…/Codeflare.Host.dll)", or null when there is no such process to sample.</summary>
    private static string? HostDescription(int? pid)
    {
        if (pid is not { } id || !File.Exists($"/proc/{id}/cmdline")) return null;
        var command = File.ReadAllText($"/proc/{id}/cmdline").Replace('\0', ' ').Trim();
        return $"pid {id} (`{command}`)";
    }
}
