using Codeflare.Benchmarks.Targets;
using Docker.DotNet;

namespace Codeflare.Benchmarks.Sync;

/// <summary>
/// First sync up: new files written in a fresh session's container, in a folder every sync mode covers
/// (<c>.config/</c>), carried up by the next <c>WorkspaceSynced</c>; vs <c>rclone copy</c> of the same local files
/// to a fresh prefix.
/// </summary>
internal sealed class FirstSyncUp(Uri baseUrl, string token, Rclone rclone, IDockerClient docker)
{
    public async Task<SyncMeasure> MeasureAsync(SyncDataset data, CancellationToken ct)
    {
        using var api = new SyncApi(baseUrl, token);
        var user = await api.UserIdAsync(ct);
        var folder = $".config/codeflare-bench/{data.Name}";
        var rclonePrefix = $"bench-rclone/{data.Name}";
        try
        {
            BenchRun.Log($"sync {data.Name}: {data.Files.Count} new files written in a new session's container");
            await using var session = await HubSession.CreateAsync(baseUrl, token, ct, TimeSpan.FromMinutes(15));
            // The session's own first syncs (of what the restore brought) are over before the files appear.
            await api.NextQuietSyncAsync(session.Id, ct);
            var writtenAt = DateTimeOffset.UtcNow;
            await new SessionContainer(docker, session.Id).AddAsync(data.Folder, folder, data.Files.Count, ct);
            var synced = await api.WaitForUploadAsync(session.Id, writtenAt, data.Files.Count, ct);
            BenchRun.Log($"sync {data.Name}: rclone copy to a fresh prefix");
            var copy = await rclone.TimeAsync(ct, "copy", data.Folder, rclone.Remote(rclonePrefix));
            return new SyncMeasure(data.Files.Count, data.Bytes, SyncApi.Seconds(synced), copy.TotalSeconds);
        }
        finally
        {
            await rclone.PurgeAsync(rclonePrefix, $"users/{user}/{folder}");
        }
    }
}
