using Codeflare.Benchmarks.Targets;
using Docker.DotNet;

namespace Codeflare.Benchmarks.Sync;

/// <summary>
/// SPEC §10 "workspace sync": the same files, the same S3 server, Codeflare's sync against rclone's. Restore: the
/// files in the store → a new session's home (ours: the <c>WorkspaceRestored</c> event's duration) vs <c>rclone copy</c>
/// to a local folder, with the host's RSS sampled meanwhile. Incremental: 1 % of the files changed in the container, up
/// to the store (ours: the next <c>WorkspaceSynced</c>) vs the same change synced by <c>rclone sync</c>. No-change: a
/// sync with nothing to do (ours: the status's <c>lastSyncDurationMs</c>) vs <c>rclone sync</c> again.
/// </summary>
internal sealed class SyncBench(Uri baseUrl, string token, Rclone rclone, IDockerClient docker, int? hostPid)
{
    public async Task<SyncRound> MeasureAsync(SyncDataset data, SyncTargets targets, bool restoreOnly, CancellationToken ct)
    {
        using var api = new SyncApi(baseUrl, token);
        var user = await api.UserIdAsync(ct);
        var rclonePrefix = $"bench-rclone/{data.Name}";
        var ourPrefix = $"users/{user}/bench/{data.Name}";
        try
        {
            BenchRun.Log($"sync {data.Name}: {data.Files.Count} files, {data.Bytes >> 20} MiB; rclone upload");
            await rclone.TimeAsync(ct, "copy", data.Folder, rclone.Remote(rclonePrefix));
            await rclone.TimeAsync(ct, "copy", rclone.Remote(rclonePrefix), rclone.Remote(ourPrefix));
            var restored = Path.Combine(Path.GetDirectoryName(data.Folder)!, $"{data.Name}-restored");
            var restoreRclone = await rclone.TimeAsync(ct, "copy", rclone.Remote(rclonePrefix), restored);
            Directory.Delete(restored, recursive: true);

            BenchRun.Log($"sync {data.Name}: Codeflare restore into a new session");
            var before = DateTimeOffset.UtcNow;
            var sampler = RssSampler.Start(hostPid);
            // A restore of many files runs before the session is ready: allow it the time it takes.
            await using var session = await HubSession.CreateAsync(baseUrl, token, ct, TimeSpan.FromMinutes(15));
            var restore = await api.WaitForEventAsync(session.Id, "WorkspaceRestored", before, TimeSpan.FromMinutes(10), ct);
            var rss = sampler is null ? null : await sampler.StopAsync();
            var round = new SyncRound(data.Name, targets,
                new SyncMeasure(data.Files.Count, data.Bytes, SyncApi.Seconds(restore), restoreRclone.TotalSeconds), rss);
            if (restoreOnly) return round;

            var (changed, changedBytes) = data.Changed();
            BenchRun.Log($"sync {data.Name}: {changed.Count} files changed; Codeflare's next sync, then rclone's");
            var changedAt = DateTimeOffset.UtcNow;
            await new SessionContainer(docker, session.Id).AppendAsync($"bench/{data.Name}", changed, ct);
            var synced = await api.WaitForUploadAsync(session.Id, changedAt, changed.Count, ct);
            data.Change(changed);
            var incrementalRclone = await rclone.TimeAsync(ct, "sync", data.Folder, rclone.Remote(rclonePrefix));

            var noChangeOurs = await api.NextQuietSyncAsync(session.Id, ct);
            var noChangeRclone = await rclone.TimeAsync(ct, "sync", data.Folder, rclone.Remote(rclonePrefix));
            return round with
            {
                Incremental = new SyncMeasure(changed.Count, changedBytes, SyncApi.Seconds(synced), incrementalRclone.TotalSeconds),
                NoChange = new SyncMeasure(0, 0, noChangeOurs, noChangeRclone.TotalSeconds),
            };
        }
        finally
        {
            await rclone.PurgeAsync(rclonePrefix, ourPrefix);
        }
    }
}
