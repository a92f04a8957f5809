using Codeflare.Testing;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using static Codeflare.Host.Tests.SyncTesting;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §5 workspace sync on the real engine and Ceph RGW: restore, final sync, conflicts, an outage of the store, a sync with nothing to do.</summary>
public sealed class WorkspaceSyncTests
{
    [Fact]
    public async Task A_file_written_in_one_session_is_restored_into_the_next_and_an_uploaded_one_arrives_too()
    {
        using var bucket = await TestBucket.CreateAsync("restore");
        await using var host = await FreshHost.StartAsync(SyncSettings(bucket));
        var (admin, adminId) = await host.FirstAdminAsync();
        await admin.PatchAsJsonAsync("/api/me/preferences", new { syncMode = "full" });
        await admin.PutFileAsync("from-browser.txt", "uploaded");

        var first = await admin.CreateSessionAsync("first");
        await admin.StartAndWaitAsync(first);
        Assert.Equal("uploaded", await ReadInSessionAsync(first, "from-browser.txt"));
        // Many files and a big one: reading them out of the container must not break off (Docker.DotNet's archive stream did).
        await SessionEngine.ExecAsync(first, "sh", "-c",
            $"mkdir -p {Home}/workspace/app/many && echo kept > {Home}/workspace/app/notes.md && head -c 20000000 /dev/urandom > {Home}/workspace/app/big.bin"
            + $" && for i in $(seq 1 100); do echo $i > {Home}/workspace/app/many/file-$i.txt; done");
        var bigHash = (await SessionEngine.ExecAsync(first, "sha256sum", $"{Home}/workspace/app/big.bin")).Output[..64];
        await admin.PostAsync($"/api/sessions/{first}/stop", null);
        // The final sync carries every new file up before the container goes: give it time on a loaded machine.
        await admin.WaitForStatusAsync(first, "stopped", TimeSpan.FromMinutes(3));

        Assert.Equal(HttpStatusCode.OK, (await admin.GetFileAsync("workspace/app/notes.md")).StatusCode);
        Assert.Equal(20000000, (await (await admin.GetFileAsync("workspace/app/big.bin")).Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal("100\n", await (await admin.GetFileAsync("workspace/app/many/file-100.txt")).Content.ReadAsStringAsync());
        var second = await admin.CreateSessionAsync("second");
        await admin.StartAndWaitAsync(second);
        Assert.Equal("kept\n", await ReadInSessionAsync(second, "workspace/app/notes.md"));
        Assert.Equal(bigHash, (await SessionEngine.ExecAsync(second, "sha256sum", $"{Home}/workspace/app/big.bin")).Output[..64]);
        var audit = await (await admin.GetAsync("/api/audit?type=workspace.restored")).Content.ReadAsStringAsync();
        Assert.Contains(second, audit);
    }

    [Fact]
    public async Task An_edit_in_the_container_and_one_through_the_api_between_two_syncs_both_survive()
    {
        using var bucket = await TestBucket.CreateAsync("conflict");
        var settings = SyncSettings(bucket);
        settings["Sessions:Sync:Interval"] = "01:00:00";
        await using var host = await FreshHost.StartAsync(settings);
        var (admin, adminId) = await host.FirstAdminAsync();
        await admin.PutFileAsync("shared.txt", "v1");
        var id = await admin.CreateSessionAsync();
        await admin.StartAndWaitAsync(id);

        await admin.PutFileAsync("shared.txt", "from the api");
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        await SessionEngine.ExecAsync(id, "sh", "-c", $"echo 'from the container, later' > {Home}/shared.txt");
        await admin.PostAsync($"/api/sessions/{id}/stop", null);
        await admin.WaitForStatusAsync(id, "stopped");

        var keys = await bucket.KeysAsync();
        var conflict = Assert.Single(keys, key => key.StartsWith($"users/{adminId}/shared.txt.conflict-", StringComparison.Ordinal));
        Assert.Equal("from the container, later\n", await (await admin.GetFileAsync("shared.txt")).Content.ReadAsStringAsync());
        Assert.Equal("from the api", await (await admin.GetFileAsync(conflict[$"users/{adminId}/".Length..])).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_killed_container_keeps_even_the_edits_no_periodic_sync_saw_and_the_status_says_when_it_last_synced()
    {
        using var bucket = await TestBucket.CreateAsync("killed");
        var settings = SyncSettings(bucket);
        settings["Sessions:Sync:Interval"] = "01:00:00";
        await using var host = await FreshHost.StartAsync(settings);
        var (admin, adminId) = await host.FirstAdminAsync();
        var id = await admin.CreateSessionAsync();
        var started = DateTimeOffset.UtcNow;
        await admin.StartAndWaitAsync(id);

        // No periodic sync runs within the hour: only the dead container's filesystem can give this file back.
        await SessionEngine.ExecAsync(id, "sh", "-c", $"mkdir -p {Home}/.config/app && echo unsynced > {Home}/.config/app/state");
        await SessionEngine.Docker.Containers.KillContainerAsync(SessionEngine.NameOf(id), new Docker.DotNet.Models.ContainerKillParameters());
        var stopped = await admin.WaitForStatusAsync(id, "stopped");

        Assert.Equal("container_exited", stopped.GetProperty("reason").GetString());
        Assert.True(stopped.GetProperty("lastSyncAt").GetDateTimeOffset() >= started.AddSeconds(-1));
        Assert.Contains($"users/{adminId}/.config/app/state", await bucket.KeysAsync());
        Assert.Equal("unsynced\n", await (await admin.GetFileAsync(".config/app/state")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_the_store_down_a_sync_fails_visibly_retries_and_succeeds_once_it_is_back()
    {
        using var bucket = await TestBucket.CreateAsync("outage");
        using var proxy = new LoopbackProxy(bucket.Settings["Storage:ServiceUrl"]!);
        await using var host = await FreshHost.StartAsync(SyncSettings(bucket, proxy.Url));
        var (admin, adminId) = await host.FirstAdminAsync();
        var id = await admin.CreateSessionAsync();
        await admin.StartAndWaitAsync(id);

        proxy.TakeDown();
        await SessionEngine.ExecAsync(id, "sh", "-c", $"mkdir -p {Home}/.config/tool && echo precious > {Home}/.config/tool/state");
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(30), async () =>
            (await admin.StatusAsync(id)).GetProperty("syncError").ValueKind == System.Text.Json.JsonValueKind.String, "the sync error shown");
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(10), async () =>
            (await (await admin.GetAsync("/api/audit?type=workspace.sync_failed")).Content.ReadAsStringAsync()).Contains(id), "the failure in the audit");
        Assert.Equal("precious\n", await ReadInSessionAsync(id, ".config/tool/state"));

        proxy.BringBack();
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(30), async () =>
            (await bucket.KeysAsync()).Contains($"users/{adminId}/.config/tool/state"), "the file synced after the outage");
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(10), async () =>
            (await admin.StatusAsync(id)).GetProperty("syncError").ValueKind == System.Text.Json.JsonValueKind.Null, "the error cleared");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetFileAsync(".config/tool/state")).StatusCode);
    }

    [Fact]
    public async Task A_sync_with_nothing_to_do_asks_the_store_nothing_and_records_nothing_until_a_file_changes()
    {
        using var bucket = await TestBucket.CreateAsync("no-change");
        using var proxy = new LoopbackProxy(bucket.Settings["Storage:ServiceUrl"]!);
        await using var host = await FreshHost.StartAsync(SyncSettings(bucket, proxy.Url));
        var (admin, adminId) = await host.FirstAdminAsync();
        var id = await admin.CreateSessionAsync();
        await admin.StartAndWaitAsync(id);
        await SessionEngine.ExecAsync(id, "sh", "-c", $"mkdir -p {Home}/.config/tool && echo one > {Home}/.config/tool/a && echo two > {Home}/.config/tool/b");
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(20), async () =>
            (await bucket.KeysAsync()).Contains($"users/{adminId}/.config/tool/b"), "the files synced");

        // Two more syncs after the one that listed the store again following its own upload.
        await SyncsAsync(admin, id, 3);
        var bytes = proxy.BytesFromTarget;
        var synced = await CountAsync(admin, id, "workspace.synced");
        await SyncsAsync(admin, id, 2);

        Assert.Equal(bytes, proxy.BytesFromTarget);
        Assert.Equal(synced, await CountAsync(admin, id, "workspace.synced"));
        await admin.PutFileAsync(".config/tool/a", "changed through the api");
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(20), async () =>
            (await ReadInSessionAsync(id, ".config/tool/a")) == "changed through the api", "the api's write noticed at once");
    }
}
