using Codeflare.Storage.Features.AuditCheckpoints;

namespace Codeflare.Storage.Tests;

public sealed class AuditCheckpointKeyTests
{
    private const string Link = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public void A_key_reads_back_its_sequence_and_link()
    {
        var key = AuditCheckpointKey.For("3f2a9c10d4e5b6a7", 42, Link);

        Assert.Equal("audit/checkpoints/3f2a9c10d4e5b6a7/0000000000000000042-" + Link + ".json", key);
        var parsed = AuditCheckpointKey.Parse(key);
        Assert.NotNull(parsed);
        Assert.Equal(42, parsed.Sequence);
        Assert.Equal(Link, parsed.Link);
    }

    [Fact]
    public void Keys_list_in_sequence_order()
    {
        var keys = new[] { 1_000_000L, 9, 10, long.MaxValue }.Select(s => AuditCheckpointKey.For("i", s, Link)).ToList();

        Assert.Equal([9, 10, 1_000_000, long.MaxValue], keys.Order(StringComparer.Ordinal).Select(k => AuditCheckpointKey.Parse(k)!.Sequence));
    }

    [Theory]
    [InlineData("users/u/audit/checkpoints/i/0000000000000000042-" + Link + ".json")]
    [InlineData("audit/checkpoints/i/42-" + Link + ".json")]
    [InlineData("audit/checkpoints/i/0000000000000000042-" + "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF" + ".json")]
    [InlineData("audit/checkpoints/i/0000000000000000042-0123.json")]
    [InlineData("audit/checkpoints/i/0000000000000000042-" + Link)]
    [InlineData("audit/checkpoints/../0000000000000000042-" + Link + ".json")]
    [InlineData("audit/checkpoints/0000000000000000042-" + Link + ".json")]
    public void Anything_else_under_the_prefix_is_not_a_checkpoint(string key) => Assert.Null(AuditCheckpointKey.Parse(key));
}
