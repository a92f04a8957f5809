namespace Codeflare.Audit.Chain;

/// <summary>Configuration section <c>Audit</c>: how often the chain is anchored outside the database and checked.</summary>
internal sealed class AuditChainOptions
{
    public const string Section = "Audit";

    /// <summary>How often the chain's head is written to the object store (and recorded as <c>audit.checkpoint</c>).</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the whole chain is recomputed; the result is what <c>/health/ready</c> shows.</summary>
    public TimeSpan ChainVerifyInterval { get; set; } = TimeSpan.FromHours(1);
}
