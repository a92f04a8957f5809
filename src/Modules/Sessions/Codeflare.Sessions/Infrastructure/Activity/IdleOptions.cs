namespace Codeflare.Sessions.Infrastructure.Activity;

/// <summary>Section <c>Sessions:Idle</c>: SPEC §3 idle stop and metrics.</summary>
internal sealed class IdleOptions
{
    /// <summary>No attached client, no input, no agent activity for this long → stopped with reason <c>idle</c>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>An agent working alone keeps its session at most this long after the user was last there.</summary>
    public TimeSpan MaxUnattended { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The range within which a user may choose their own idle timeout (SPEC §3: "within an admin-set range").</summary>
    public TimeSpan UserTimeoutMin { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan UserTimeoutMax { get; set; } = TimeSpan.FromHours(4);

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>SPEC §3: sampled every 5 s from the engine.</summary>
    public TimeSpan MetricsInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Container CPU at or above this (percent of one core) counts as agent activity.</summary>
    public double BusyCpuPercent { get; set; } = 5;

    /// <summary>Disk use needs the engine to walk the container's layer, so it is read every this many samples.</summary>
    public int DiskEverySamples { get; set; } = 6;
}
