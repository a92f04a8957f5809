using Codeflare.Benchmarks.Docker;
using Codeflare.Benchmarks.Measures;
using Codeflare.Benchmarks.Report;
using Codeflare.Benchmarks.Targets;
using Docker.DotNet;

namespace Codeflare.Benchmarks;

// One run: the bench container, then each target in turn (floor, wetty, hub) through the same
// measures, then the report. A target that cannot run is reported as such; the others still run.
internal sealed class BenchRun(BenchOptions options, IDockerClient docker)
{
    public async Task<BenchReport> RunAsync(CancellationToken ct)
    {
        var facts = await MachineFacts.ReadAsync(docker, ct);
        await using var container = await BenchContainer.StartAsync(docker, options.Image, ct);
        Log($"container {container.Name} from {options.Image}");
        var floor = await MeasureAsync(new FloorTarget(docker, container, Prompt.Text), ct);
        var wetty = options.WettyMain is null
            ? TargetResult.NotMeasured("wetty", "wetty 3.2.0", "unavailable: no --wetty given (scripts/bench/wetty.sh installs it)")
            : await MeasureAsync(new WettyTarget(options.WettyMain, WettyShellCommand(container)), ct);
        var hub = await new HubRun(options, this).RunAsync(ct);
        return new BenchReport(options, facts, MachineFacts.Load(), floor, wetty, hub);
    }

    // wetty runs on the host, so its shell reaches the container the way a user's would: the
    // docker CLI with a TTY. The prompt goes in as PS1 so its first screen is already quiet.
    private string WettyShellCommand(BenchContainer container) => options.WettyShell == "host"
        ? $"PS1={Prompt.Text} bash --norc --noprofile"
        : $"{options.DockerCli} exec -it -e PS1={Prompt.Text} {container.Name} bash --norc --noprofile";

    public async Task<TargetResult> MeasureAsync(ITerminalTarget target, CancellationToken ct, Func<CancellationToken, Task<double>>? replay = null)
    {
        await using var owned = target;
        try
        {
            // Per target, because other work on a shared machine comes and goes within one run.
            var load = MachineFacts.Load();
            Log($"{target.Name}: starting (load average {load})");
            await target.StartAsync(options.Cols, options.Rows, ct);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            await using var terminal = new TerminalSession(target, deadline);
            terminal.Allow(TimeSpan.FromSeconds(30));
            await terminal.SendAsync(Prompt.SetCommand);
            await terminal.ReadUntilAsync(Prompt.Bytes);
            var echo = await EchoLatency.MeasureAsync(terminal, options.Warmup, options.Keystrokes, TimeSpan.FromMilliseconds(options.KeyGapMs));
            Log($"{target.Name}: echo p50 {echo.P50Ms:F2} ms, p99 {echo.P99Ms:F2} ms over {echo.Keystrokes} keystrokes");
            var floods = new List<FloodResult>();
            for (var run = 0; run < options.FloodRuns; run++)
            {
                floods.Add(await Flood.MeasureAsync(terminal, options.FloodMib));
                Log($"{target.Name}: flood {options.FloodMib} MiB in {floods[^1].Seconds:F2} s ({floods[^1].MibPerSecond:F1} MiB/s)");
            }
            double? replayed = replay is null ? null : await replay(ct);
            return new TargetResult(target.Name, target.Description, null, echo, floods, replayed, load);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var why = e is OperationCanceledException ? "timed out waiting for the terminal" : e.Message;
            Log($"{target.Name}: failed: {why}");
            return TargetResult.NotMeasured(target.Name, target.Description, $"failed: {why}");
        }
    }

    public static void Log(string line) => Console.Error.WriteLine($"[bench] {line}");
}
