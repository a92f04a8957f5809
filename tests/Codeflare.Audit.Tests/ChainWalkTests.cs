using Codeflare.Audit.Chain;

namespace Codeflare.Audit.Tests;

public sealed class ChainWalkTests
{
    private const string Type = "session.renamed";
    private static readonly long[] Sequences = [1, 2, 4, 5, 6];

    [Fact]
    public void An_untouched_chain_with_gaps_is_valid_and_matches_its_checkpoints()
    {
        var links = Links(Sequences.Select(s => ChainLinkTests.Event(s)));
        var walk = new ChainWalk([(2, links[2]), (5, links[5])]);

        foreach (var sequence in Sequences) walk.Linked(ChainLinkTests.Event(sequence), Type, Convert.FromHexString(links[sequence]));
        var result = walk.Finish(6, new ChainHead(6, links[6]));

        Assert.True(result.Valid);
        Assert.Equal(5, result.CheckedEvents);
        Assert.Equal(2, result.CheckedCheckpoints);
        Assert.Null(result.FirstBrokenSequence);
    }

    [Fact]
    public void An_edited_event_breaks_the_chain_at_its_own_sequence()
    {
        var links = Links(Sequences.Select(s => ChainLinkTests.Event(s)));
        var walk = new ChainWalk([]);

        foreach (var sequence in Sequences)
        {
            var stored = sequence == 4 ? ChainLinkTests.Event(4, data: """{"name": "edited"}""") : ChainLinkTests.Event(sequence);
            walk.Linked(stored, Type, Convert.FromHexString(links[sequence]));
            if (walk.Broken) break;
        }

        var result = walk.Finish(6, null);
        Assert.False(result.Valid);
        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Equal(2, result.CheckedEvents);
    }

    [Fact]
    public void A_recomputed_chain_is_caught_by_the_first_checkpoint_it_disagrees_with()
    {
        var honest = Links(Sequences.Select(s => ChainLinkTests.Event(s)));
        var forged = Sequences.Select(s => s == 5 ? ChainLinkTests.Event(5, data: """{"name": "forged"}""") : ChainLinkTests.Event(s)).ToList();
        var recomputed = Links(forged);
        var walk = new ChainWalk([(2, honest[2]), (6, honest[6])]);

        foreach (var stored in forged) walk.Linked(stored, Type, Convert.FromHexString(recomputed[stored.Sequence]));
        var result = walk.Finish(6, null);

        Assert.False(result.Valid);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal(6, result.BrokenCheckpoint);
    }

    [Fact]
    public void A_chain_that_ends_before_a_checkpoint_lost_links()
    {
        var links = Links(Sequences.Select(s => ChainLinkTests.Event(s)));
        var walk = new ChainWalk([(6, links[6])]);

        foreach (var sequence in Sequences.Take(3)) walk.Linked(ChainLinkTests.Event(sequence), Type, Convert.FromHexString(links[sequence]));
        var result = walk.Finish(4, null);

        Assert.False(result.Valid);
        Assert.Equal(5, result.FirstBrokenSequence);
        Assert.Equal(6, result.BrokenCheckpoint);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_deleted_event_or_a_deleted_link_names_its_sequence(bool eventDeleted)
    {
        var walk = new ChainWalk([]);
        if (eventDeleted) walk.Missing(7);
        else walk.Unlinked(7);

        var result = walk.Finish(9, null);
        Assert.False(result.Valid);
        Assert.Equal(7, result.FirstBrokenSequence);
        Assert.NotNull(result.Problem);
    }

    private static Dictionary<long, string> Links(IEnumerable<ChainEvent> events)
    {
        var links = new Dictionary<long, string>();
        var previous = ChainLink.Genesis;
        foreach (var stored in events)
        {
            previous = ChainLink.Next(previous, stored, Type);
            links[stored.Sequence] = ChainLink.Hex(previous);
        }
        return links;
    }
}
