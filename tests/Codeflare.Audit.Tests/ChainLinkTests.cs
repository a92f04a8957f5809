using Codeflare.Audit.Chain;

namespace Codeflare.Audit.Tests;

public sealed class ChainLinkTests
{
    internal static ChainEvent Event(long sequence, string data = """{"name": "api"}""", string? headers = null) =>
        new(sequence, Guid.Parse("6d1f0c5e-2c4b-4c8e-9a51-3a3c2b1d0e9f"), Guid.Parse("0b7e4a6c-1d2f-4e3a-8b9c-5d6e7f8a9b0c"),
            sequence, "session_renamed", data, headers, "corr", "cause", "user", 1_764_000_000_000_000 + sequence);

    [Fact]
    public void The_same_event_after_the_same_link_gives_the_same_link() =>
        Assert.Equal(ChainLink.Next(ChainLink.Genesis, Event(1), "session.renamed"), ChainLink.Next(ChainLink.Genesis, Event(1), "session.renamed"));

    [Fact]
    public void Every_covered_field_changes_the_link()
    {
        var original = Event(1);
        var link = ChainLink.Next(ChainLink.Genesis, original, "session.renamed");
        ChainEvent[] changed =
        [
            original with { Sequence = 2 }, original with { Id = Guid.NewGuid() }, original with { Stream = Guid.NewGuid() },
            original with { Version = 9 }, original with { Data = """{"name": "apj"}""" }, original with { Headers = "{}" },
            original with { CorrelationId = "other" }, original with { CausationId = null }, original with { UserName = "" },
            original with { TimestampMicroseconds = original.TimestampMicroseconds + 1 },
        ];

        Assert.All(changed, e => Assert.NotEqual(link, ChainLink.Next(ChainLink.Genesis, e, "session.renamed")));
        Assert.NotEqual(link, ChainLink.Next(ChainLink.Genesis, original, "session.deleted"));
        Assert.NotEqual(link, ChainLink.Next(new byte[ChainLink.Length].Select(_ => (byte)1).ToArray(), original, "session.renamed"));
    }

    [Fact]
    public void Moving_text_from_one_field_to_the_next_changes_the_link()
    {
        var original = Event(1) with { CorrelationId = "ab", CausationId = "c" };

        Assert.NotEqual(
            ChainLink.Next(ChainLink.Genesis, original, "t"),
            ChainLink.Next(ChainLink.Genesis, original with { CorrelationId = "a", CausationId = "bc" }, "t"));
    }

    [Fact]
    public void A_missing_value_differs_from_an_empty_one() =>
        Assert.NotEqual(
            ChainLink.Next(ChainLink.Genesis, Event(1, headers: null), "t"),
            ChainLink.Next(ChainLink.Genesis, Event(1, headers: ""), "t"));
}
