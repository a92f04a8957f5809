using Docker.DotNet.Models;

namespace Codeflare.ContainerEngine;

/// <summary>The gateway's own records to and from Docker.DotNet's models: only this project knows the latter.</summary>
internal static class EngineModels
{
    public static CreateContainerParameters ToCreateParameters(ContainerSpec spec) => new()
    {
        Name = spec.Name,
        Image = spec.Image,
        Hostname = spec.Hostname!,
        Labels = new Dictionary<string, string>(spec.Labels),
        Env = spec.Env.ToList(),
        User = spec.User!,
        WorkingDir = spec.WorkingDirectory!,
        Cmd = spec.Command?.ToList()!,
        StopSignal = spec.StopSignal!,
        HostConfig = new HostConfig
        {
            Init = spec.Init,
            NanoCPUs = spec.Limits?.NanoCpus ?? 0,
            Memory = spec.Limits?.MemoryBytes ?? 0,
            MemorySwap = spec.Limits?.MemorySwapBytes ?? 0,
            PidsLimit = spec.Limits?.Pids,
            CapDrop = spec.CapDrop.ToList(),
            CapAdd = spec.CapAdd.ToList(),
            SecurityOpt = spec.SecurityOptions.ToList(),
            NetworkMode = spec.Network!,
            RestartPolicy = new RestartPolicy { Name = RestartPolicyKind.No },
            LogConfig = spec.LogDriver is null ? null! : new LogConfig { Type = spec.LogDriver, Config = new Dictionary<string, string>(spec.LogOptions) },
        },
    };

    public static NetworksCreateParameters ToCreateParameters(NetworkSpec spec) => new()
    {
        Name = spec.Name,
        Driver = spec.Driver,
        Options = new Dictionary<string, string>(spec.Options),
        Labels = new Dictionary<string, string>(spec.Labels),
    };

    /// <summary>Labels as the engine's filter wants them: <c>key</c> or <c>key=value</c>, all of which must match.</summary>
    public static Dictionary<string, IDictionary<string, bool>> LabelFilter(IEnumerable<string> labels) =>
        new() { ["label"] = labels.ToDictionary(label => label, _ => true) };

    /// <summary>Null when the engine did not report CPU or memory (a container that just stopped).</summary>
    public static ContainerStats? ToStats(ContainerStatsResponse? stats) => stats is { CPUStats.CPUUsage: not null, MemoryStats: not null }
        ? new ContainerStats(stats.CPUStats.CPUUsage.TotalUsage, stats.CPUStats.SystemUsage ?? 0, Math.Max(1u, stats.CPUStats.OnlineCPUs ?? 1),
            WorkingSet(stats.MemoryStats), (long)(stats.MemoryStats.Limit ?? 0))
        : null;

    /// <summary>What <c>docker stats</c> shows: usage without the reclaimable page cache (cgroup v1 and v2 names).</summary>
    private static long WorkingSet(MemoryStats memory)
    {
        var stats = memory.Stats ?? new Dictionary<string, ulong>();
        var inactive = stats.TryGetValue("total_inactive_file", out var v1) ? v1 : stats.TryGetValue("inactive_file", out var v2) ? v2 : 0;
        var usage = memory.Usage ?? 0;
        return (long)(usage > inactive ? usage - inactive : usage);
    }
}
