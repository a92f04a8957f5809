using Codeflare.Storage.WorkspaceSync;

namespace Codeflare.Storage.Tests;

/// <summary>SPEC §5 two-way sync decisions: changes against the manifest, deletions only of known files, conflicts.</summary>
public sealed class SyncPlanTests
{
    private static readonly DateTimeOffset Then = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

    private static SyncActionKind? Decide(ContainerFile? c, StoredObject? s, ManifestEntry? m)
    {
        var actions = SyncPlan.Decide(
            c is null ? new Dictionary<string, ContainerFile>() : new() { ["f"] = c },
            s is null ? new Dictionary<string, StoredObject>() : new() { ["f"] = s },
            m is null ? new Dictionary<string, ManifestEntry>() : new() { ["f"] = m });
        return actions.SingleOrDefault()?.Kind;
    }

    private static readonly ManifestEntry Known = new("f", 10, 100, "etag-1");
    private static readonly ContainerFile Same = new("f", 10, 100);
    private static readonly ContainerFile Edited = new("f", 12, 200);
    private static readonly StoredObject Stored = new("f", 10, "etag-1", Then);
    private static readonly StoredObject Replaced = new("f", 11, "etag-2", Then);

    [Fact] public void Unchanged_on_both_sides_does_nothing() => Assert.Null(Decide(Same, Stored, Known));
    [Fact] public void Edited_in_the_container_goes_up() => Assert.Equal(SyncActionKind.Upload, Decide(Edited, Stored, Known));
    [Fact] public void Replaced_in_the_store_comes_down() => Assert.Equal(SyncActionKind.Download, Decide(Same, Replaced, Known));
    [Fact] public void Changed_on_both_sides_is_a_conflict() => Assert.Equal(SyncActionKind.Conflict, Decide(Edited, Replaced, Known));
    [Fact] public void New_in_the_container_goes_up() => Assert.Equal(SyncActionKind.Upload, Decide(Edited, null, null));
    [Fact] public void New_in_the_store_comes_down() => Assert.Equal(SyncActionKind.Download, Decide(null, Stored, null));
    [Fact] public void Deleted_from_the_store_is_deleted_in_the_container() => Assert.Equal(SyncActionKind.DeleteInContainer, Decide(Same, null, Known));
    [Fact] public void Deleted_in_the_container_is_deleted_from_the_store() => Assert.Equal(SyncActionKind.DeleteInStore, Decide(null, Stored, Known));
    [Fact] public void Edited_in_the_container_after_the_store_deleted_it_is_kept() => Assert.Equal(SyncActionKind.Upload, Decide(Edited, null, Known));
    [Fact] public void Replaced_in_the_store_after_the_container_deleted_it_is_kept() => Assert.Equal(SyncActionKind.Download, Decide(null, Replaced, Known));
    [Fact] public void Gone_from_both_sides_leaves_the_manifest() => Assert.Null(Decide(null, null, Known));
    [Fact] public void New_on_both_sides_with_different_sizes_is_a_conflict() => Assert.Equal(SyncActionKind.Conflict, Decide(Edited, Stored, null));
    [Fact] public void New_on_both_sides_with_the_same_size_is_compared_by_content() => Assert.Equal(SyncActionKind.Compare, Decide(Same, Stored, null));

    [Fact]
    public void The_newer_copy_wins_a_conflict_and_the_loser_is_named_with_the_time()
    {
        var newerInContainer = new SyncAction(SyncActionKind.Conflict, "f", new ContainerFile("f", 1, Then.ToUnixTimeSeconds() + 5), Replaced);
        var newerInStore = new SyncAction(SyncActionKind.Conflict, "f", new ContainerFile("f", 1, Then.ToUnixTimeSeconds() - 5), Replaced);

        Assert.True(newerInContainer.ContainerWins);
        Assert.False(newerInStore.ContainerWins);
        Assert.Equal("notes.md.conflict-20261129T120501Z", SyncPlan.ConflictName("notes.md", new DateTimeOffset(2026, 11, 29, 12, 5, 1, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("config", ".claude/settings.json", true)]
    [InlineData("config", ".gitconfig", true)]
    [InlineData("config", "workspace/app/main.py", false)]
    [InlineData("metadata", "workspace/app/CLAUDE.md", true)]
    [InlineData("metadata", "workspace/app/.claude/commands/x.md", true)]
    [InlineData("metadata", "workspace/app/src/CLAUDE.md", false)]
    [InlineData("full", "workspace/app/src/main.py", true)]
    [InlineData("full", "workspace/app/node_modules/x/index.js", false)]
    [InlineData("full", ".cache/pip/wheel", false)]
    [InlineData("full", "notes.txt", false)]
    public void Modes_choose_what_the_sync_looks_at(string mode, string path, bool included) =>
        Assert.Equal(included, SyncScope.InMode(mode, path));
}
