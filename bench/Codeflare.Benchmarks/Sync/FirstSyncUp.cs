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
            double? ours;
            try
            {
                ours = SyncApi.Seconds(await api.WaitForUploadAsync(session.Id, writtenAt, data.Files.Count, ct, Limit(data)));
            }
            catch (TimeoutException e)
            {
                // The row then fails with the time waited; the other rows of the run are kept.
                BenchRun.Log($"sync {data.Name}: {e.Message}");
                ours = null;
            }
            BenchRun.Log($"sync {data.Name}: rclone copy to a fresh prefix");
            var copy = await rclone.TimeAsync(ct, "copy", data.Folder, rclone.Remote(rclonePrefix));
            return new SyncMeasure(data.Files.Count, data.Bytes, ours ?? Limit(data).TotalSeconds, copy.TotalSeconds) { TimedOut = ours is null };
        }
        finally
        {
            await rclone.PurgeAsync(rclonePrefix, $"users/{user}/{folder}");
        }
    }

    /// <summary>
    /// How long the sync may take to carry the files up: 10 minutes, or 100 ms a file when that is longer (a sync that
    /// uploads file by file, as this one did when the row was added, needed ≈ 90 ms each for 300 files).
    /// </summary>
    private static TimeSpan Limit(SyncDataset data) => TimeSpan.FromMilliseconds(Math.Max(600_000, 100.0 * data.Files.Count));
}
