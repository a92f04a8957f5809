namespace Codeflare.ContainerEngine;

/// <summary>Cgroup limits of one container. Swap equal to memory means no swap at all.</summary>
public sealed record ContainerLimits(long NanoCpus, long MemoryBytes, long MemorySwapBytes, long Pids);
