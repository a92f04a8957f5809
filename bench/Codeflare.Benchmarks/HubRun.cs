using Codeflare.Benchmarks.Measures;
using Codeflare.Benchmarks.Report;
using Codeflare.Benchmarks.Targets;

namespace Codeflare.Benchmarks;

/// <summary>The hub rows: against --hub-url with a token (./codeflare bench supplies both from its own instance); without them the rows say so.</summary>
internal sealed class HubRun(BenchOptions options, BenchRun run)
{
    private const string Name = "hub";

    public async Task<TargetResult> RunAsync(CancellationToken ct)
    {
        if (options.HubUrl is null || string.IsNullOrEmpty(options.HubToken))
            return TargetResult.NotMeasured(Name, "Codeflare hub /hubs/terminal", "not measured: no --hub-url and token given");
        HubSession? created = null;
        try
        {
            var sessionId = options.HubSession ?? (created = await HubSession.CreateAsync(options.HubUrl, options.HubToken, ct)).Id;
            var hub = new HubTarget(options.HubUrl, options.HubToken, sessionId, options.HubTab);
            var result = await run.MeasureAsync(hub, ct, token => HubReplay.MibPerSecondAsync(hub, options.ReplayMib, token));
            Console.Error.WriteLine($"[bench] hub: {options.ReadyRuns} cold starts (POST start → first prompt byte)");
            return result with { ReadyMs = await TimeToReady.MeasureAsync(options.HubUrl, options.HubToken, options.ReadyRuns, ct) };
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return TargetResult.NotMeasured(Name, "Codeflare hub /hubs/terminal", $"failed: {e.Message}");
        }
        finally
        {
            if (created is not null) await created.DisposeAsync();
        }
    }
}
