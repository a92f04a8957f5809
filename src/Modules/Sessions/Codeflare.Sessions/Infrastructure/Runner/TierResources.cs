namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>SPEC §3 tiers. Disk quotas need overlay2 on xfs with pquota; where the engine lacks it the limit is not set.</summary>
internal sealed record TierResources(long NanoCpus, long MemoryBytes, long Pids)
{
    private const long GiB = 1024L * 1024 * 1024;

    public static TierResources For(string tier) => tier switch
    {
        "small" => new(500_000_000, 1 * GiB, 512),
        "large" => new(2_000_000_000, 6 * GiB, 2048),
        _ => new(1_000_000_000, 3 * GiB, 1024),
    };
}
