using Codeflare.Testing;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using static Codeflare.Host.Tests.SyncTesting;

namespace Codeflare.Host.Tests;

/// <summary>
/// SPEC §9: the session container is hostile. Each test plays the attacker from inside a real container (root, agent
/// in control) and checks that the sync stays within its bounds, reports why, and holds up nobody else.
/// </summary>
public sealed class WorkspaceSyncHostileTests
{
    [Fact]
    public async Task A_stalled_container_fails_its_own_sync_and_holds_up_no_other_session_nor_the_runner_also_after_a_restart()
    {
        using var bucket = await TestBucket.CreateAsync("stalled");
        var settings = HostileSettings(bucket);
        string stalled;
        string connectionString;
        await using (var host = await FreshHost.StartAsync(settings))
        {
            connectionString = host.ConnectionString;
            var (admin, _) = await host.FirstAdminAsync();
            var (developer, developerId) = await host.InvitedAsync(admin, "dev@example.com", "developer");
            stalled = await admin.CreateSessionAsync("stalled");
            await admin.StartAndWaitAsync(stalled);
            await ReplaceFindAsync(stalled, "exec sleep infinity");

            await AnotherSessionSyncsAndIsNoticedWhenKilledAsync(developer, developerId, bucket, "before");
            var error = "";
            await SessionEngine.WithinAsync(TimeSpan.FromSeconds(15), async () =>
                (error = (await admin.StatusAsync(stalled)).GetProperty("syncError").GetString() ?? "").Length > 0, "the stalled session's sync error");
            Assert.Contains("did not finish within 2 s", error);
            Assert.Contains(stalled, await AuditAsync(admin, "workspace.sync_failed"));
        }

        await using var restarted = FreshHost.StartOn(connectionString, settings);
        var adminAgain = restarted.Factory.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.NoContent, (await adminAgain.SignInAsync()).StatusCode);
        var developerAgain = restarted.Factory.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.NoContent, (await developerAgain.SignInAsync("dev@example.com")).StatusCode);
        var developerIdAgain = Guid.Parse((await (await developerAgain.GetAsync("/api/me")).JsonAsync()).GetProperty("id").GetString()!);

        await AnotherSessionSyncsAndIsNoticedWhenKilledAsync(developerAgain, developerIdAgain, bucket, "after");
        Assert.Equal(HttpStatusCode.NoContent, (await adminAgain.DeleteAsync($"/api/sessions/{stalled}")).StatusCode);
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(30), async () => await SessionEngine.InspectAsync(stalled) is null, "the stalled container removed");
    }

    /// <summary>A new session of another user starts, its edit is synced on time, and killing its container is noticed.</summary>
    [Fact]
    public async Task A_sparse_file_and_a_listing_that_lies_about_sizes_cannot_push_past_the_quota_or_past_their_claim()
    {
        using var bucket = await TestBucket.CreateAsync("liar");
        var settings = HostileSettings(bucket);
        settings["Storage:QuotaBytes"] = "5000000";
        await using var host = await FreshHost.StartAsync(settings);
        var (admin, adminId) = await host.FirstAdminAsync();
        await admin.PatchAsJsonAsync("/api/me/preferences", new { syncMode = "full" });
        var id = await admin.CreateSessionAsync();
        await admin.StartAndWaitAsync(id);

        await SessionEngine.ExecAsync(id, "sh", "-c",
            $"mkdir -p {Home}/workspace && truncate -s 1T {Home}/workspace/huge.bin && echo small > {Home}/workspace/small.txt");
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(20), async () =>
            (await admin.StatusAsync(id)).GetProperty("syncError").GetString()?.Contains("quota exceeded") == true, "the quota refusal shown");
        Assert.Contains($"users/{adminId}/workspace/small.txt", await bucket.KeysAsync());
        Assert.DoesNotContain($"users/{adminId}/workspace/huge.bin", await bucket.KeysAsync());

        // The listing claims 10 bytes for a sparse terabyte: reading through it would never end, so the read stops at its
        // header, and the honest file listed beside it is still carried up.
        await SessionEngine.ExecAsync(id, "sh", "-c",
            $"rm {Home}/workspace/huge.bin && truncate -s 1T {Home}/workspace/liar.bin && printf honest > {Home}/workspace/honest.txt");
        await ReplaceFindAsync(id, $"printf \"10 1800000000.0 workspace/liar.bin\\\\0006 1800000000.0 workspace/honest.txt\\\\000\" > {Home}/.codeflare-sync/listing.part");
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(20), async () =>
            (await AuditAsync(admin, "workspace.files_skipped")).Contains("liar.bin: grew from 10 to 1099511627776 bytes"), "the lie reported");
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(10), async () =>
            (await bucket.KeysAsync()).Contains($"users/{adminId}/workspace/honest.txt"), "the honest file synced beside it");
        Assert.DoesNotContain($"users/{adminId}/workspace/liar.bin", await bucket.KeysAsync());
        Assert.DoesNotContain("did not finish", (await admin.StatusAsync(id)).GetProperty("syncError").GetString() ?? "");
    }

    [Fact]
    public async Task A_listing_past_its_cap_or_a_command_that_never_stops_talking_fails_only_that_sync_with_the_reason()
    {
        using var bucket = await TestBucket.CreateAsync("floods");
        var settings = HostileSettings(bucket);
        settings["Sessions:Sync:MaxListingBytes"] = "100000";
        await using var host = await FreshHost.StartAsync(settings);
        var (admin, adminId) = await host.FirstAdminAsync();
        var flooding = await admin.CreateSessionAsync("flooding");
        var quiet = await admin.CreateSessionAsync("quiet");
        await admin.StartAndWaitAsync(flooding);
        await admin.StartAndWaitAsync(quiet);

        await ReplaceFindAsync(flooding, $"head -c 5000000 /dev/zero > {Home}/.codeflare-sync/listing.part");
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(20), async () =>
            (await admin.StatusAsync(flooding)).GetProperty("syncError").GetString()?.Contains("5000000 bytes, more than the 100000 allowed") == true, "the listing cap");
        await ReplaceFindAsync(flooding, "exec yes");
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(20), async () =>
            (await admin.StatusAsync(flooding)).GetProperty("syncError").GetString()?.Contains("Listing the container's files failed (-1)") == true, "the output cap");
        await SessionEngine.ExecAsync(quiet, "sh", "-c", $"mkdir -p {Home}/.config && echo calm > {Home}/.config/calm.txt");

        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(15), async () =>
            (await bucket.KeysAsync()).Contains($"users/{adminId}/.config/calm.txt"), "the quiet session's edit synced on time");
        Assert.Contains(flooding, await AuditAsync(admin, "workspace.sync_failed"));
    }

    [Fact]
    public async Task Names_the_store_cannot_hold_and_links_out_of_the_home_are_skipped_reported_and_never_followed()
    {
        using var bucket = await TestBucket.CreateAsync("names");
        await using var host = await FreshHost.StartAsync(HostileSettings(bucket));
        var (admin, adminId) = await host.FirstAdminAsync();
        await admin.PatchAsJsonAsync("/api/me/preferences", new { syncMode = "full" });
        var id = await admin.CreateSessionAsync();
        await admin.StartAndWaitAsync(id);

        await SessionEngine.ExecAsync(id, "bash", "-c",
            $"mkdir -p {Home}/workspace && echo x > $'{Home}/workspace/bad\\nname.txt' && ln -s /etc/shadow {Home}/workspace/shadow"
            + $" && ln -s / {Home}/workspace/root && echo fine > {Home}/workspace/good.txt");

        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(20), async () =>
            (await bucket.KeysAsync()).Contains($"users/{adminId}/workspace/good.txt"), "the good file synced");
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(10), async () =>
            (await AuditAsync(admin, "workspace.files_skipped")).Contains("bad\\\\x0aname.txt: Paths cannot contain control characters"), "the bad name reported");
        var keys = await bucket.KeysAsync();
        Assert.DoesNotContain(keys, key => key.Contains("bad") || key.Contains("shadow") || key.Contains("/root/"));
    }

    private static async Task AnotherSessionSyncsAndIsNoticedWhenKilledAsync(HttpClient developer, Guid developerId, TestBucket bucket, string name)
    {
        var healthy = await developer.CreateSessionAsync(name);
        await developer.StartAndWaitAsync(healthy);
        await SessionEngine.ExecAsync(healthy, "sh", "-c", $"mkdir -p {Home}/.config/tool && echo mine > {Home}/.config/tool/{name}");

        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(15), async () =>
            (await bucket.KeysAsync()).Contains($"users/{developerId}/.config/tool/{name}"), $"the other user's edit synced on time ({name})");
        await SessionEngine.Docker.Containers.KillContainerAsync(SessionEngine.NameOf(healthy), new Docker.DotNet.Models.ContainerKillParameters());
        Assert.Equal("container_exited", (await developer.WaitForStatusAsync(healthy, "stopped", TimeSpan.FromSeconds(15))).GetProperty("reason").GetString());
    }

}
