using System.Net;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §3 against the real engine: start, hardening, stop, delete, crashes and the running limit.</summary>
public sealed class SessionRunnerTests
{
    [Fact]
    public async Task A_started_session_is_ready_with_tab_1_running_in_a_hardened_labelled_container()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, adminId) = await host.FirstAdminAsync();
        var id = await admin.CreateSessionAsync(tier: "small");

        var accepted = await admin.PostAsync($"/api/sessions/{id}/start", null);
        var status = await admin.WaitForStatusAsync(id, "running");
        var container = (await SessionEngine.InspectAsync(id))!;
        var (_, panes) = await SessionEngine.ExecAsync(id, "tmux", "list-panes", "-t", "1", "-F", "#{pane_current_command}");
        var network = await SessionEngine.Docker.Networks.InspectNetworkAsync(container.HostConfig!.NetworkMode);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal($"/api/sessions/{id}/status", accepted.Headers.Location?.OriginalString);
        Assert.Equal(("ready", 100), (status.GetProperty("stage").GetString(), status.GetProperty("progress").GetInt32()));
        Assert.Equal("bash", panes.Trim());
        Assert.Equal(id, container.Config!.Labels["codeflare.session"]);
        Assert.Equal(adminId.ToString(), container.Config.Labels["codeflare.user"]);
        Assert.Equal(host.Factory.InstanceId, container.Config.Labels["codeflare.instance"]);
        Assert.Equal((500_000_000L, 1024L * 1024 * 1024, 512L), (container.HostConfig.NanoCPUs, container.HostConfig.Memory, container.HostConfig.PidsLimit!.Value));
        Assert.Equal(["ALL"], container.HostConfig.CapDrop);
        Assert.DoesNotContain("NET_RAW", container.HostConfig.CapAdd);
        Assert.DoesNotContain("SYS_ADMIN", container.HostConfig.CapAdd);
        Assert.Contains("no-new-privileges", container.HostConfig.SecurityOpt);
        Assert.True(container.HostConfig.Init);
        Assert.False(container.HostConfig.Privileged);
        Assert.Empty(container.Mounts);
        Assert.True(container.HostConfig.Binds is null || container.HostConfig.Binds.Count == 0);
        Assert.Equal("codeflare-sessions", network.Name);
        Assert.Equal("false", network.Options["com.docker.network.bridge.enable_icc"]);
    }

    [Fact]
    public async Task Tab_1_launches_the_sessions_agent_before_anyone_attaches_and_falls_back_to_a_shell_when_it_ends()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var id = await admin.CreateSessionAsync(agent: "gemini");

        await admin.StartAndWaitAsync(id);
        var (_, pane) = await SessionEngine.ExecAsync(id, "tmux", "list-panes", "-t", "1", "-F", "#{pane_current_command}");
        var (_, screen) = await SessionEngine.ExecAsync(id, "tmux", "capture-pane", "-p", "-t", "1");

        // The slim test image has no agent CLIs: the launch is visible as the shell's complaint, then a login shell stays.
        Assert.Equal("bash", pane.Trim());
        Assert.Contains("gemini: command not found", screen);
    }

    [Fact]
    public async Task Stop_removes_the_container_within_2_s_and_delete_of_a_running_session_stops_it_first()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var stopped = await admin.CreateSessionAsync("stopped");
        var deleted = await admin.CreateSessionAsync("deleted");
        await admin.StartAndWaitAsync(stopped);
        await admin.StartAndWaitAsync(deleted);

        var stop = await admin.PostAsync($"/api/sessions/{stopped}/stop", null);
        var stopTook = await SessionEngine.WithinAsync(TimeSpan.FromSeconds(2), async () => await SessionEngine.InspectAsync(stopped) is null, "container gone after stop");
        var delete = await admin.DeleteAsync($"/api/sessions/{deleted}");
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(2), async () => await SessionEngine.InspectAsync(deleted) is null, "container gone after delete");
        var afterStop = await admin.WaitForStatusAsync(stopped, "stopped", TimeSpan.FromSeconds(5));

        Assert.Equal(HttpStatusCode.Accepted, stop.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal("user", afterStop.GetProperty("reason").GetString());
        Assert.True(stopTook < TimeSpan.FromSeconds(2));
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(5), async () => await host.EventCountAsync("session_stopped") == 2, "both stops recorded");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/sessions/{deleted}/status")).StatusCode);
    }

    [Fact]
    public async Task A_container_killed_from_outside_moves_its_session_to_stopped_container_exited_within_10_s()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var id = await admin.CreateSessionAsync();
        await admin.StartAndWaitAsync(id);

        await SessionEngine.Docker.Containers.KillContainerAsync(SessionEngine.NameOf(id), new Docker.DotNet.Models.ContainerKillParameters());
        var status = await admin.WaitForStatusAsync(id, "stopped", TimeSpan.FromSeconds(10));

        Assert.Equal(("container_exited", 137L), (status.GetProperty("reason").GetString(), status.GetProperty("exitCode").GetInt64()));
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(5), async () => await SessionEngine.InspectAsync(id) is null, "dead container removed");
    }

    [Fact]
    public async Task A_fourth_running_session_is_409_limit_reached()
    {
        await using var host = await FreshHost.StartAsync(new Dictionary<string, string?> { ["Sessions:MaxRunningPerUser"] = "2" });
        var (admin, _) = await host.FirstAdminAsync();
        var first = await admin.CreateSessionAsync("one");
        var second = await admin.CreateSessionAsync("two");
        var third = await admin.CreateSessionAsync("three");
        await admin.StartAndWaitAsync(first);
        await admin.StartAndWaitAsync(second);

        var refused = await admin.PostAsync($"/api/sessions/{third}/start", null);
        await admin.PostAsync($"/api/sessions/{first}/stop", null);
        await admin.WaitForStatusAsync(first, "stopped", TimeSpan.FromSeconds(5));
        var allowed = await admin.PostAsync($"/api/sessions/{third}/start", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("limit_reached", await refused.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.Accepted, allowed.StatusCode);
        await admin.WaitForStatusAsync(third, "running");
    }

    [Fact]
    public async Task Another_user_cannot_see_start_stop_or_delete_a_session_but_an_admin_stops_it_with_reason_admin()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var (owner, _) = await host.InvitedAsync(admin, "owner@example.com", "developer");
        var (stranger, _) = await host.InvitedAsync(admin, "stranger@example.com", "developer");
        var id = await owner.CreateSessionAsync();
        await owner.StartAndWaitAsync(id);

        var attempts = new[]
        {
            await stranger.GetAsync($"/api/sessions/{id}/status"),
            await stranger.PostAsync($"/api/sessions/{id}/start", null),
            await stranger.PostAsync($"/api/sessions/{id}/stop", null),
            await stranger.DeleteAsync($"/api/sessions/{id}"),
        };
        var stillRunning = await owner.StatusAsync(id);
        var adminStop = await admin.PostAsync($"/api/sessions/{id}/stop", null);
        var stopped = await owner.WaitForStatusAsync(id, "stopped", TimeSpan.FromSeconds(5));

        Assert.All(attempts, response => Assert.Equal(HttpStatusCode.NotFound, response.StatusCode));
        Assert.Equal("running", stillRunning.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Accepted, adminStop.StatusCode);
        Assert.Equal("admin", stopped.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_disabled_users_sessions_stop_with_reason_user_disabled()
    {
        await using var host = await FreshHost.StartAsync();
        var (admin, _) = await host.FirstAdminAsync();
        var (developer, developerId) = await host.InvitedAsync(admin, "dev@example.com", "developer");
        var id = await developer.CreateSessionAsync();
        await developer.StartAndWaitAsync(id);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/users/{developerId}/disable", null)).StatusCode);
        var stopped = await admin.WaitForStatusAsync(id, "stopped", TimeSpan.FromSeconds(15));

        Assert.Equal("user_disabled", stopped.GetProperty("reason").GetString());
        Assert.Null(await SessionEngine.InspectAsync(id));
    }

    [Fact]
    public async Task Starting_with_a_missing_image_fails_with_a_message_instead_of_hanging()
    {
        await using var host = await FreshHost.StartAsync(new Dictionary<string, string?> { ["Sessions:Image"] = "codeflare/no-such-image:1" });
        var (admin, _) = await host.FirstAdminAsync();
        var id = await admin.CreateSessionAsync();

        await admin.PostAsync($"/api/sessions/{id}/start", null);
        var failed = await admin.WaitForStatusAsync(id, "failed", TimeSpan.FromSeconds(10));

        Assert.Equal("failed", failed.GetProperty("stage").GetString());
        Assert.Contains("no-such-image", failed.GetProperty("message").GetString());
        Assert.Null(await SessionEngine.InspectAsync(id));
    }

}
