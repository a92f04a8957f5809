using Docker.DotNet;

namespace Codeflare.Benchmarks.Sync;

/// <summary>`--sync`: both data sets, then the sync section of the report (the terminal part is left as it is).</summary>
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
        var bench = new SyncBench(options.HubUrl, options.HubToken, store, options.Rclone, docker);
        var rounds = new List<SyncRound>();
        try
        {
            foreach (var make in new Func<SyncDataset>[] { () => SyncDataset.Small(root, options.SyncFiles), () => SyncDataset.Mixed(root, options.SyncMixedMib) })
            {
                var data = make();
                rounds.Add(await bench.MeasureAsync(data, ct));
                BenchRun.Log($"sync {data.Name}: {rounds[^1]}");
            }
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
        var section = SyncReport.Render(rounds, Report.MachineFacts.Load());
        var existing = File.Exists(options.Output) ? await File.ReadAllTextAsync(options.Output, ct) : "# Benchmarks\n";
        await File.WriteAllTextAsync(options.Output, SyncReport.Splice(existing, section), CancellationToken.None);
        Console.WriteLine(section);
        return rounds.Any(round => round.NoChangeOurs > 1 || round.RestoreRclone / round.RestoreOurs < 0.8) ? 1 : 0;
    }
}
