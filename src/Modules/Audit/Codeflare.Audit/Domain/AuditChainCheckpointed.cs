namespace Codeflare.Audit.Domain;

/// <summary>The chain's head at <paramref name="Sequence"/> was written to the object store under <paramref name="ObjectKey"/>.</summary>
internal sealed record AuditChainCheckpointed(long Sequence, string Link, string ObjectKey, DateTimeOffset At);
