namespace Codeflare.Sessions.Infrastructure.Activity;

/// <summary>SPEC §3 metrics of one running session; <see cref="DiskBytes"/> is the container's writable layer.</summary>
internal sealed record SessionMetrics(double CpuPercent, long MemoryBytes, long MemoryLimitBytes, long? DiskBytes, DateTimeOffset SampledAt);
