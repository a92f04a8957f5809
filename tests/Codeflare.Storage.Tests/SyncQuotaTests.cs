using Codeflare.Storage.WorkspaceSync;

namespace Codeflare.Storage.Tests;

/// <summary>SPEC §5 quota in the sync: uploads that do not fit are held back (smallest first kept); the rest goes ahead.</summary>
public sealed class SyncQuotaTests
{
    private static SyncAction Upload(string path, long size, long replacing = -1) =>
        new(SyncActionKind.Upload, path, new ContainerFile(path, size, 1), replacing < 0 ? null : new StoredObject(path, replacing, "e", DateTimeOffset.UnixEpoch));

    [Fact]
    public void Uploads_past_the_quota_are_held_back_and_downloads_go_ahead()
    {
        var download = new SyncAction(SyncActionKind.Download, "d", null, new StoredObject("d", 5000, "e", DateTimeOffset.UnixEpoch));
        var (actions, refused) = SyncQuota.Fit([Upload("big", 600), Upload("small", 300), download], usedBytes: 200, quotaBytes: 1000);

        Assert.Equal(1, refused);
        Assert.Equal(["small", "d"], actions.Select(action => action.Path));
    }

    [Fact]
    public void Replacing_a_file_counts_only_the_growth()
    {
        var (actions, refused) = SyncQuota.Fit([Upload("grown", 900, replacing: 800)], usedBytes: 850, quotaBytes: 1000);

        Assert.Equal(0, refused);
        Assert.Single(actions);
    }
}
