using Codeflare.Testing;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using static Codeflare.Host.Tests.SyncTesting;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §5 no edit is lost silently: equal sizes compared by content, an edit that kept its time, a stop in the middle of a sync.</summary>
public sealed class WorkspaceSyncContentTests
{
    [Fact]
    public async Task Equal_size_files_new_on_both_sides_keep_both_versions_unless_their_bytes_are_the_same()
    {
        using var bucket = await TestBucket.CreateAsync("same-size");
        await using var host = await FreshHost.StartAsync(HostileSettings(bucket, interval: "01:00:00"));
        var (admin, adminId) = await host.FirstAdminAsync();
        var id = await admin.CreateSessionAsync();
        await admin.StartAndWaitAsync(id);

        await admin.PutFileAsync(".config/a.txt", "aaaa");
        await admin.PutFileAsync(".config/same.txt", "same");
        await SessionEngine.ExecAsync(id, "sh", "-c", $"mkdir -p {Home}/.config && printf bbbb > {Home}/.config/a.txt && printf same > {Home}/.config/same.txt");
        await admin.PostAsync($"/api/sessions/{id}/stop", null);
        await admin.WaitForStatusAsync(id, "stopped");

        var keys = await bucket.KeysAsync();
        var conflict = Assert.Single(keys, key => key.StartsWith($"users/{adminId}/.config/a.txt.conflict-", StringComparison.Ordinal));
        var versions = new[]
        {
            await (await admin.GetFileAsync(".config/a.txt")).Content.ReadAsStringAsync(),
            await (await admin.GetFileAsync(conflict[$"users/{adminId}/".Length..])).Content.ReadAsStringAsync(),
        };
        Assert.Equal(["aaaa", "bbbb"], versions.Order());
        Assert.DoesNotContain(keys, key => key.Contains("same.txt.conflict-"));
    }

    [Fact]
    public async Task An_equal_size_edit_that_keeps_its_old_time_is_not_overwritten_by_the_stores_newer_copy()
    {
        using var bucket = await TestBucket.CreateAsync("same-time");
        await using var host = await FreshHost.StartAsync(HostileSettings(bucket, interval: "01:00:00"));
        var (admin, adminId) = await host.FirstAdminAsync();
        await admin.PutFileAsync(".config/notes.txt", "v1v1");
        var id = await admin.CreateSessionAsync();
        await admin.StartAndWaitAsync(id);

        await admin.PutFileAsync(".config/notes.txt", "APIS");
        // Same size, and the modification time put back: only the bytes tell this edit from the restored copy.
        await SessionEngine.ExecAsync(id, "sh", "-c", $"f={Home}/.config/notes.txt; t=$(stat -c %Y $f); printf MINE > $f; touch -d @$t $f");
        await admin.PostAsync($"/api/sessions/{id}/stop", null);
        await admin.WaitForStatusAsync(id, "stopped");

        var keys = await bucket.KeysAsync();
        var conflict = Assert.Single(keys, key => key.StartsWith($"users/{adminId}/.config/notes.txt.conflict-", StringComparison.Ordinal));
        var versions = new[]
        {
            await (await admin.GetFileAsync(".config/notes.txt")).Content.ReadAsStringAsync(),
            await (await admin.GetFileAsync(conflict[$"users/{adminId}/".Length..])).Content.ReadAsStringAsync(),
        };
        Assert.Equal(["APIS", "MINE"], versions.Order());
    }

    [Fact]
    public async Task A_stop_during_a_background_sync_succeeds_and_the_final_sync_still_runs()
    {
        using var bucket = await TestBucket.CreateAsync("stop-mid-sync");
        var settings = HostileSettings(bucket, interval: "00:00:01");
        settings["Sessions:Sync:ExecTimeout"] = "00:00:10";
        await using var host = await FreshHost.StartAsync(settings);
        var (admin, adminId) = await host.FirstAdminAsync();
        var id = await admin.CreateSessionAsync();
        await admin.StartAndWaitAsync(id);
        // Every listing now takes 3 s, so a stop lands while a background sync holds the session's lease.
        await SessionEngine.ExecAsync(id, "sh", "-c", "cp /usr/bin/find /usr/bin/find.real");
        await ReplaceFindAsync(id, "sleep 3; exec /usr/bin/find.real \"$@\"");
        await SessionEngine.ExecAsync(id, "sh", "-c", $"mkdir -p {Home}/.config && echo last > {Home}/.config/last.txt");
        await Task.Delay(TimeSpan.FromSeconds(2));

        var stop = await admin.PostAsync($"/api/sessions/{id}/stop", null);
        var rename = await admin.PatchAsJsonAsync($"/api/sessions/{id}", new { name = "renamed while syncing" });

        Assert.Equal(HttpStatusCode.Accepted, stop.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, rename.StatusCode);
        await admin.WaitForStatusAsync(id, "stopped", TimeSpan.FromSeconds(40));
        Assert.Contains($"users/{adminId}/.config/last.txt", await bucket.KeysAsync());
    }
}
