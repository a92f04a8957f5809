namespace Codeflare.Audit.Domain;

/// <summary>The hash chain was recomputed (on request or by the periodic check) and this is what it showed.</summary>
internal sealed record AuditChainVerified(
    bool Valid, long CheckedEvents, long ChainedThrough, long? FirstBrokenSequence, string? Problem, DateTimeOffset VerifiedAt);
