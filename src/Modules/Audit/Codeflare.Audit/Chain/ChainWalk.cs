namespace Codeflare.Audit.Chain;

/// <summary>
/// The verification as a pure walk: it is shown the chain table's links and the stored events merged in sequence
/// order, recomputes every link from the one before, and stops at the first disagreement. Sequences that have neither
/// a link nor an event (rolled-back appends) are never shown to it, so they cannot break it.
/// </summary>
internal sealed class ChainWalk(IReadOnlyList<(long Sequence, string Link)> checkpoints)
{
    private byte[] previous = ChainLink.Genesis;
    private long checkedEvents;
    private long lastMatchedCheckpoint;
    private int nextCheckpoint;
    private long? brokenAt;
    private long? brokenCheckpoint;
    private string? problem;

    public bool Broken => brokenAt is not null;

    /// <summary>An event with its link: recomputed, compared with the table and with a checkpoint at that sequence.</summary>
    public void Linked(ChainEvent stored, string publicType, ReadOnlySpan<byte> recorded)
    {
        var link = ChainLink.Next(previous, stored, publicType);
        if (!link.AsSpan().SequenceEqual(recorded))
        {
            Break(stored.Sequence, "the event's stored bytes no longer give its link: its data, metadata or time was changed");
            return;
        }
        previous = link;
        checkedEvents++;
        while (nextCheckpoint < checkpoints.Count && checkpoints[nextCheckpoint].Sequence <= stored.Sequence)
        {
            var checkpoint = checkpoints[nextCheckpoint++];
            if (checkpoint.Sequence == stored.Sequence && checkpoint.Link == ChainLink.Hex(link))
            {
                lastMatchedCheckpoint = checkpoint.Sequence;
                continue;
            }
            brokenCheckpoint = checkpoint.Sequence;
            Break(lastMatchedCheckpoint + 1, checkpoint.Sequence == stored.Sequence
                ? $"the chain disagrees with the checkpoint kept in the object store at {checkpoint.Sequence}: an event after {lastMatchedCheckpoint} was changed and the chain recomputed"
                : $"the checkpoint kept in the object store at {checkpoint.Sequence} names an event the chain no longer has");
            return;
        }
    }

    /// <summary>An event the chain has passed but has no link for: inserted afterwards, or its link was deleted.</summary>
    public void Unlinked(long sequence) => Break(sequence, "an event has no link: it was inserted after the chain passed it, or its link was deleted");

    /// <summary>A link whose event is gone.</summary>
    public void Missing(long sequence) => Break(sequence, "a linked event is missing: it was deleted");

    public ChainVerification Finish(long chainedThrough, ChainHead? head)
    {
        if (!Broken && nextCheckpoint < checkpoints.Count)
        {
            brokenCheckpoint = checkpoints[nextCheckpoint].Sequence;
            Break(chainedThrough + 1, $"the chain ends at {chainedThrough}, before the checkpoint kept in the object store at {brokenCheckpoint}: links were deleted");
        }
        return new ChainVerification(!Broken, checkedEvents, chainedThrough, brokenAt, head, nextCheckpoint, brokenCheckpoint, problem);
    }

    private void Break(long sequence, string why)
    {
        brokenAt = sequence;
        problem = why;
    }
}
