using System.Text.Json;
using Codeflare.Benchmarks.Targets;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Codeflare.Benchmarks.Sync;

/// <summary>
/// SPEC §10 "workspace sync": the same files, the same S3 server, Codeflare's sync against rclone's. Restore: the
/// files in the store → a new session's home (ours: the <c>WorkspaceRestored</c> event's duration) vs <c>rclone copy</c>
/// to a local folder. Incremental: 1 % of the files changed in the container, up to the store (ours: the next
/// <c>WorkspaceSynced</c>) vs the same change synced by <c>rclone sync</c>. No-change: a sync with nothing to do
/// (ours: the status's <c>lastSyncDurationMs</c>) vs <c>rclone sync</c> again.
/// </summary>
internal sealed class SyncBench(Uri baseUrl, string token, SyncStore store, string rcloneExecutable, IDockerClient docker)
{
    private readonly Rclone rclone = new(rcloneExecutable, store);

    public async Task<SyncRound> MeasureAsync(SyncDataset data, CancellationToken ct)
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
            // A restore of many files runs before the session is ready: allow it the time it takes.
            await using var session = await HubSession.CreateAsync(baseUrl, token, ct, TimeSpan.FromMinutes(15));
            var restore = await api.WaitForEventAsync(session.Id, "WorkspaceRestored", before, TimeSpan.FromMinutes(10), ct);
            var restoreOurs = restore.GetProperty("durationMs").GetDouble() / 1000;

            var (changed, changedBytes) = data.Changed();
            BenchRun.Log($"sync {data.Name}: {changed.Count} files changed; Codeflare's next sync, then rclone's");
            var changedAt = DateTimeOffset.UtcNow;
            await ChangeInContainerAsync(session.Id, data.Name, changed, ct);
            var synced = await WaitForUploadAsync(api, session.Id, changedAt, changed.Count, ct);
            var incrementalOurs = synced.GetProperty("durationMs").GetDouble() / 1000;
            data.Change(changed);
            var incrementalRclone = await rclone.TimeAsync(ct, "sync", data.Folder, rclone.Remote(rclonePrefix));

            var noChangeOurs = await NextQuietSyncAsync(api, session.Id, ct);
            var noChangeRclone = await rclone.TimeAsync(ct, "sync", data.Folder, rclone.Remote(rclonePrefix));
            return new SyncRound(data.Name, data.Files.Count, data.Bytes, restoreOurs, restoreRclone.TotalSeconds, changedBytes, changed.Count,
                incrementalOurs, incrementalRclone.TotalSeconds, noChangeOurs, noChangeRclone.TotalSeconds);
        }
        finally
        {
            foreach (var prefix in new[] { rclonePrefix, ourPrefix })
                await rclone.TimeAsync(CancellationToken.None, "purge", rclone.Remote(prefix)).ContinueWith(_ => { });
        }
    }

    private async Task ChangeInContainerAsync(Guid sessionId, string dataset, IReadOnlyList<string> files, CancellationToken ct)
    {
        var script = string.Join("; ", files.Select(file => $"printf changed-by-bench >> /home/dev/bench/{dataset}/{file}"));
        var exec = await docker.Exec.CreateContainerExecAsync($"codeflare-session-{sessionId:N}",
            new ContainerExecCreateParameters { Cmd = ["sh", "-c", script], AttachStdout = true, AttachStderr = true }, ct);
        using var stream = await docker.Exec.StartContainerExecAsync(exec.ID, new ContainerExecStartParameters(), ct);
        await stream.ReadOutputToEndAsync(ct);
    }

    /// <summary>The first sync after the change that carried all changed files up (a sync may catch the change half made).</summary>
    private static async Task<JsonElement> WaitForUploadAsync(SyncApi api, Guid sessionId, DateTimeOffset after, int files, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(10);
        var since = after;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var synced = await api.WaitForEventAsync(sessionId, "WorkspaceSynced", since, TimeSpan.FromMinutes(10), ct);
            if (synced.GetProperty("filesUp").GetInt32() >= files) return synced;
            since = synced.GetProperty("syncedAt").GetDateTimeOffset();
        }
        throw new TimeoutException("The changed files were not synced within 10 minutes.");
    }

    /// <summary>Waits for a sync after the incremental one that found nothing to do, and returns its duration.</summary>
    private static async Task<double> NextQuietSyncAsync(SyncApi api, Guid sessionId, CancellationToken ct)
    {
        var first = (await api.StatusAsync(sessionId, ct)).GetProperty("lastSyncAt").GetDateTimeOffset();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await Task.Delay(500, ct);
            var status = await api.StatusAsync(sessionId, ct);
            if (status.GetProperty("lastSyncAt").GetDateTimeOffset() > first && status.GetProperty("lastSyncDurationMs").ValueKind == JsonValueKind.Number)
                return status.GetProperty("lastSyncDurationMs").GetDouble() / 1000;
        }
        throw new TimeoutException("No quiet sync within 5 minutes.");
    }
}
