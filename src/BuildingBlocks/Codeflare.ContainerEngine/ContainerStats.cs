namespace Codeflare.ContainerEngine;

/// <summary>
/// One stats reading: cumulative CPU time of the container and of the whole host (for a percentage between two
/// readings, as <c>docker stats</c> computes it) and memory as <c>docker stats</c> shows it (without page cache).
/// </summary>
public sealed record ContainerStats(ulong CpuNanos, ulong SystemCpuNanos, uint OnlineCpus, long MemoryBytes, long MemoryLimitBytes);
