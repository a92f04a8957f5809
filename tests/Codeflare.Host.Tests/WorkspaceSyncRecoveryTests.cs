using Codeflare.Testing;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using static Codeflare.Host.Tests.SyncTesting;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §5/§12 the sync across moves and failures: events stored before the move, the one-host lease, a failed restore, edge files.</summary>
public sealed class WorkspaceSyncRecoveryTests
{
    [Fact]
    public async Task Sync_events_stored_on_session_streams_before_the_move_still_read_in_the_audit_under_their_names_and_module()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var id = Guid.Parse(await admin.CreateSessionAsync());
        await using (var documentSession = host.Factory.Services.GetRequiredService<Marten.IDocumentStore>().LightweightSession())
        {
            documentSession.Events.Append(id, new Codeflare.Storage.WorkspaceSync.WorkspaceSynced(id, 3, 30, 0, 0, 0, 0, 0, 12, false, DateTimeOffset.UtcNow));
            await documentSession.SaveChangesAsync();
        }
        // As the Sessions module stored them: same type name, the old class in the .NET type column.
        await using (var connection = new Npgsql.NpgsqlConnection(host.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(
                "update codeflare.mt_events set mt_dotnet_type = 'Codeflare.Sessions.Domain.WorkspaceSynced, Codeflare.Sessions' where type = 'workspace_synced'", connection);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var entry = Assert.Single((await (await admin.GetAsync("/api/audit?type=workspace.synced")).JsonAsync()).GetProperty("entries").EnumerateArray());

        Assert.Equal("sessions", entry.GetProperty("module").GetString());
        Assert.Contains(id.ToString(), entry.GetRawText());
        Assert.Contains("\"filesUp\":3", entry.GetRawText().Replace(" ", ""));
    }

    [Fact]
    public async Task A_session_whose_sync_lease_another_host_holds_is_not_synced_here_until_it_is_released()
    {
        using var bucket = await TestBucket.CreateAsync("lease");
        await using var host = await FreshHost.StartAsync(SyncSettings(bucket));
        var (admin, adminId) = await host.FirstAdminAsync();
        var id = await admin.CreateSessionAsync();
        await admin.StartAndWaitAsync(id);
        await using var otherHost = new Npgsql.NpgsqlConnection(host.ConnectionString);
        await otherHost.OpenAsync();
        await using (var take = new Npgsql.NpgsqlCommand($"select pg_advisory_lock({Codeflare.Storage.WorkspaceSync.SyncLease.KeyOf(Guid.Parse(id))})", otherHost))
            await take.ExecuteNonQueryAsync();

        await SessionEngine.ExecAsync(id, "sh", "-c", $"mkdir -p {Home}/.config && echo leased > {Home}/.config/leased.txt");
        // Three periods (2 s each) in which this host would have synced the file if it did not respect the lease.
        await Task.Delay(TimeSpan.FromSeconds(6));
        var whileHeld = await bucket.KeysAsync();
        await using (var release = new Npgsql.NpgsqlCommand("select pg_advisory_unlock_all()", otherHost))
            await release.ExecuteNonQueryAsync();

        Assert.DoesNotContain($"users/{adminId}/.config/leased.txt", whileHeld);
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(15), async () =>
            (await bucket.KeysAsync()).Contains($"users/{adminId}/.config/leased.txt"), "synced once the lease was free");
    }

    [Fact]
    public async Task A_restore_that_failed_leaves_the_files_in_the_store_and_the_next_sync_brings_them()
    {
        using var bucket = await TestBucket.CreateAsync("failed-restore");
        using var proxy = new LoopbackProxy(bucket.Settings["Storage:ServiceUrl"]!);
        await using var host = await FreshHost.StartAsync(SyncSettings(bucket, proxy.Url));
        var (admin, adminId) = await host.FirstAdminAsync();
        await admin.PutFileAsync(".config/kept.txt", "kept");
        var id = await admin.CreateSessionAsync();
        await admin.StartAndWaitAsync(id);
        await admin.PostAsync($"/api/sessions/{id}/stop", null);
        await admin.WaitForStatusAsync(id, "stopped");

        // The same session again, with the store out of reach while it restores: its last manifest knew the file.
        proxy.TakeDown();
        await admin.StartAndWaitAsync(id);
        Assert.Contains("restore", (await admin.StatusAsync(id)).GetProperty("syncError").GetString());
        proxy.BringBack();

        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(30), async () =>
            (await SessionEngine.ExecAsync(id, "cat", $"{Home}/.config/kept.txt")).Output == "kept", "the file brought by the next sync");
        Assert.Contains($"users/{adminId}/.config/kept.txt", await bucket.KeysAsync());
    }

    [Fact]
    public async Task Empty_files_go_up_and_stored_files_no_container_listing_shows_are_left_alone()
    {
        using var bucket = await TestBucket.CreateAsync("edges");
        await using var host = await FreshHost.StartAsync(SyncSettings(bucket));
        var (admin, adminId) = await host.FirstAdminAsync();
        await admin.PatchAsJsonAsync("/api/me/preferences", new { syncMode = "full" });
        await admin.PutFileAsync("workspace/app/node_modules/left/index.js", "module.exports = 1;");
        var id = await admin.CreateSessionAsync();
        await admin.StartAndWaitAsync(id);

        await SessionEngine.ExecAsync(id, "sh", "-c", $"mkdir -p {Home}/workspace/app/pkg && : > {Home}/workspace/app/pkg/__init__.py && echo x > {Home}/workspace/app/pkg/mod.py");
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(20), async () =>
            (await bucket.KeysAsync()).Contains($"users/{adminId}/workspace/app/pkg/__init__.py"), "the empty file synced");
        await SyncsAsync(admin, id, 2);

        Assert.Contains($"users/{adminId}/workspace/app/node_modules/left/index.js", await bucket.KeysAsync());
        Assert.Empty(await (await admin.GetFileAsync("workspace/app/pkg/__init__.py")).Content.ReadAsByteArrayAsync());
    }
}
