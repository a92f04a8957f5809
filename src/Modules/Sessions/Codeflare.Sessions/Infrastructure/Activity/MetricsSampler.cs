using Codeflare.Sessions.Infrastructure.Runner;
using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions.Infrastructure.Activity;

/// <summary>
/// Every 5 s: CPU, memory and (less often) disk of each running session container from the engine, into the
/// metrics read model; CPU above the busy threshold is agent activity for the idle stop.
/// </summary>
internal sealed class MetricsSampler(
    IDockerClient docker, WorkspaceEngine engine, SessionMetricsStore store, SessionActivity activity, IOptions<IdleOptions> options,
    TimeProvider clock, ILogger<MetricsSampler> logger) : BackgroundService
{
    private readonly Dictionary<Guid, CpuSample> previous = [];
    private long round;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.MetricsInterval, clock);
        try
        {
            do
            {
                await SampleAllAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SampleAllAsync(CancellationToken cancellationToken)
    {
        try
        {
            var running = (await engine.ListAsync(cancellationToken)).Where(container => container.State.Running).ToList();
            var withDisk = round++ % options.Value.DiskEverySamples == 0;
            await Task.WhenAll(running.Select(container => SampleAsync(container.SessionId, container.State.Id, withDisk, cancellationToken)));
            var ids = running.Select(container => container.SessionId).ToHashSet();
            store.KeepOnly(ids);
            lock (previous)
                foreach (var gone in previous.Keys.Where(sessionId => !ids.Contains(sessionId)).ToList()) previous.Remove(gone);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug(exception, "Sampling session metrics failed");
        }
    }

    private async Task SampleAsync(Guid sessionId, string containerId, bool withDisk, CancellationToken cancellationToken)
    {
        var reading = new StatsReading();
        await docker.Containers.GetContainerStatsAsync(containerId, new ContainerStatsParameters { Stream = false, OneShot = true }, reading, cancellationToken);
        if (reading.Value is not { CPUStats.CPUUsage: not null, MemoryStats: not null } stats) return;
        var sample = new CpuSample(stats.CPUStats.CPUUsage.TotalUsage, stats.CPUStats.SystemUsage ?? 0, Math.Max(1u, stats.CPUStats.OnlineCPUs ?? 1));
        CpuSample? before;
        lock (previous)
        {
            before = previous.GetValueOrDefault(sessionId);
            previous[sessionId] = sample;
        }
        var cpuPercent = before is null ? 0 : sample.PercentSince(before);
        if (cpuPercent >= options.Value.BusyCpuPercent) activity.AgentActive(sessionId);

        var disk = withDisk
            ? (await docker.Containers.InspectContainerAsync(containerId, new ContainerInspectParameters { IncludeSize = true }, cancellationToken)).SizeRw
            : store.Get(sessionId)?.DiskBytes;
        store.Set(sessionId, new SessionMetrics(Math.Round(cpuPercent, 1), WorkingSet(stats.MemoryStats), (long)(stats.MemoryStats.Limit ?? 0), disk, clock.GetUtcNow()));
    }

    /// <summary>What <c>docker stats</c> shows: usage without the reclaimable page cache (cgroup v1 and v2 names).</summary>
    private static long WorkingSet(MemoryStats memory)
    {
        var stats = memory.Stats ?? new Dictionary<string, ulong>();
        var inactive = stats.TryGetValue("total_inactive_file", out var v1) ? v1 : stats.TryGetValue("inactive_file", out var v2) ? v2 : 0;
        var usage = memory.Usage ?? 0;
        return (long)(usage > inactive ? usage - inactive : usage);
    }

    /// <summary>Collects the one reading a non-streaming stats call reports, synchronously (no Progress&lt;T&gt; thread hop).</summary>
    private sealed class StatsReading : IProgress<ContainerStatsResponse>
    {
        public ContainerStatsResponse? Value { get; private set; }
        public void Report(ContainerStatsResponse value) => Value = value;
    }

    private sealed record CpuSample(ulong ContainerNanos, ulong SystemNanos, uint OnlineCpus)
    {
        /// <summary>Percent of one core, as <c>docker stats</c> computes it.</summary>
        public double PercentSince(CpuSample before) =>
            SystemNanos > before.SystemNanos && ContainerNanos >= before.ContainerNanos
                ? (double)(ContainerNanos - before.ContainerNanos) / (SystemNanos - before.SystemNanos) * OnlineCpus * 100
                : 0;
    }
}
