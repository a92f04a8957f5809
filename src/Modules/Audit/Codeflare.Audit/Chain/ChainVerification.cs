namespace Codeflare.Audit.Chain;

/// <summary>
/// The answer of <c>GET /api/audit/verify</c>. <see cref="FirstBrokenSequence"/> is the exact event when a link
/// disagrees with its event; when only a checkpoint disagrees (the chain table was recomputed after an edit), it is
/// the first sequence after the last checkpoint that still matched, and <see cref="BrokenCheckpoint"/> bounds the
/// range from above. <see cref="CheckpointsUnavailable"/> says the object store could not be read, so only the chain
/// itself was checked.
/// </summary>
internal sealed record ChainVerification(
    bool Valid,
    long CheckedEvents,
    long ChainedThrough,
    long? FirstBrokenSequence,
    ChainHead? Head,
    int CheckedCheckpoints,
    long? BrokenCheckpoint,
    string? Problem,
    bool CheckpointsUnavailable = false);
