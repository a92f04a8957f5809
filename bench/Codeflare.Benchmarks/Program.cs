using System.Runtime.InteropServices;
using Codeflare.Benchmarks;
using Codeflare.Benchmarks.Report;
using Codeflare.Benchmarks.Sync;
using Docker.DotNet;

// Socket completions run on the epoll thread instead of hopping to the thread pool. Measured here:
// without it the harness spent ~4 s of CPU per 20 MiB flood, mostly thread-pool spinning
// (sched_yield), taking both cores from dockerd and containerd-shim; the floor's flood then took
// 5.4 s instead of 2.7–3.3 s and echo p50 was 0.4 instead of 0.3 ms. The runtime reads this once,
// when the first socket is made, so it must be set before anything connects. Same for every target.
Environment.SetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");

if (args.Any(a => a is "-h" or "--help"))
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine($"{e.Message}{Environment.NewLine}{BenchOptions.Usage}");
    return 2;
}

// Ctrl-C, SIGTERM and SIGHUP cancel the run instead of killing the process, so the container,
// wetty and any hub session are still removed on the way out.
using var cancel = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var sighup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);

using var docker = new DockerClientBuilder()
    .WithEndpoint(new Uri(options.DockerEndpoint))
    .WithApiVersion(Version.Parse(options.DockerApiVersion))
    .Build();
try
{
    if (options.SyncOnly) return await SyncRun.RunAsync(options, docker, cancel.Token);
    var report = await new BenchRun(options, docker).RunAsync(cancel.Token);
    var previous = File.Exists(options.Output) ? SyncReport.Existing(await File.ReadAllTextAsync(options.Output)) : null;
    var markdown = MarkdownReport.Render(report) + (previous is null ? "" : Environment.NewLine + previous);
    await File.WriteAllTextAsync(options.Output, markdown, CancellationToken.None);
    Console.WriteLine(markdown);
    BenchRun.Log($"written to {Path.GetFullPath(options.Output)}");
    // Pending and not-installed are expected states; a target that was asked for and failed is not.
    return report.Targets.Any(t => t.Status?.StartsWith("failed", StringComparison.Ordinal) == true) ? 1 : 0;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    BenchRun.Log("cancelled; cleaned up");
    return 130;
}

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    cancel.Cancel();
}
