using Codeflare.Storage.WorkspaceSync;

namespace Codeflare.Storage.Tests;

/// <summary>The container's listing is hostile input: what does not parse or names a path the store refuses is skipped and said.</summary>
public sealed class ContainerListingParserTests
{
    private static ContainerListing Parse(params string[] lines) => ContainerListingParser.Parse(string.Join('\0', lines) + '\0', 100);

    [Fact]
    public void A_well_formed_line_gives_the_file_as_claimed()
    {
        var listing = Parse("12 1800000000.75 .config/tool/state");

        Assert.Equal(new ContainerFile(".config/tool/state", 12, 1800000000), Assert.Single(listing.Files));
        Assert.Empty(listing.Skipped);
    }

    [Theory]
    [InlineData("workspace/a\nb.txt", "control characters")]
    [InlineData("workspace/../../etc/passwd", ". or ..")]
    [InlineData("workspace/a\\b", "backslash")]
    public void A_path_the_store_refuses_is_skipped_with_its_reason(string path, string reason)
    {
        var listing = Parse($"1 1800000000.0 {path}");

        Assert.Empty(listing.Files);
        Assert.Contains(reason, Assert.Single(listing.Skipped));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("-5 1800000000.0 negative.txt")]
    [InlineData("5 NaN nan.txt")]
    [InlineData("99999999999999999999999 1.0 too-big.txt")]
    public void A_line_that_does_not_parse_is_skipped_not_thrown(string line)
    {
        var listing = Parse(line, "1 1800000000.0 fine.txt");

        Assert.Equal("fine.txt", Assert.Single(listing.Files).Path);
        Assert.Single(listing.Skipped);
    }

    [Fact]
    public void A_listing_of_more_files_than_allowed_fails_rather_than_planning_over_part_of_it() =>
        Assert.Throws<InvalidOperationException>(() => ContainerListingParser.Parse(string.Concat(Enumerable.Range(0, 5).Select(i => $"1 1.0 f{i}\0")), 3));

    [Fact]
    public void Excluded_folders_are_left_out_silently() => Assert.Empty(Parse("1 1.0 workspace/node_modules/x.js").Files.Concat<object>(Parse("1 1.0 workspace/node_modules/x.js").Skipped));

    [Fact]
    public void A_shown_path_has_its_control_characters_escaped() => Assert.Equal("a\\x0ab\\x1b", ContainerListingParser.Shown("a\nb\u001b"));
}
