using Codeflare.ContainerEngine;
using Codeflare.Sessions.Infrastructure.Runner;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions.Infrastructure.Activity;

/// <summary>
/// Every 5 s: CPU, memory and (less often) disk of each running session container from the engine, into the
/// metrics read model; CPU above the busy threshold is agent activity for the idle stop.
/// </summary>
internal sealed class MetricsSampler(
    ContainerEngine.ContainerEngine gateway, WorkspaceEngine engine, SessionMetricsStore store, SessionActivity activity, IOptions<IdleOptions> options,
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
        if (await gateway.GetStatsAsync(containerId, cancellationToken) is not { } stats) return;
        var sample = new CpuSample(stats.CpuNanos, stats.SystemCpuNanos, stats.OnlineCpus);
        CpuSample? before;
        lock (previous)
        {
            before = previous.GetValueOrDefault(sessionId);
            previous[sessionId] = sample;
        }
        var cpuPercent = before is null ? 0 : sample.PercentSince(before);
        if (cpuPercent >= options.Value.BusyCpuPercent) activity.AgentActive(sessionId);

        var disk = withDisk ? await DiskAsync(sessionId, containerId, cancellationToken) : store.Get(sessionId)?.DiskBytes;
        store.Set(sessionId, new SessionMetrics(Math.Round(cpuPercent, 1), stats.MemoryBytes, stats.MemoryLimitBytes, disk, clock.GetUtcNow()));
    }

    /// <summary>A container whose files make measuring slow keeps its last figure rather than holding up every session's sample.</summary>
    private async Task<long?> DiskAsync(Guid sessionId, string containerId, CancellationToken cancellationToken)
    {
        try
        {
            return await gateway.GetDiskUsageAsync(containerId, cancellationToken);
        }
        catch (ContainerCallTimeoutException exception)
        {
            logger.LogDebug("Session {SessionId}: {Message}", sessionId, exception.Message);
            return store.Get(sessionId)?.DiskBytes;
        }
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
