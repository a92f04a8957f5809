namespace Codeflare.Storage.Contracts;

/// <summary>A chain head as the object store keeps it: the link (lower-case hex) of the event at that sequence.</summary>
public sealed record StoredAuditCheckpoint(long Sequence, string Link);
