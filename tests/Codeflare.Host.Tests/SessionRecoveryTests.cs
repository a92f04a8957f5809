using System.Net;
using Docker.DotNet.Models;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §3, §9: a host that was down finds the engine changed and puts everything right.</summary>
public sealed class SessionRecoveryTests
{
    [Fact]
    public async Task A_restarted_host_removes_orphans_closes_vanished_sessions_keeps_live_ones_and_finishes_interrupted_starts()
    {
        string connectionString, survivor, vanished, interrupted, instanceId;
        // A host whose engine is unreachable accepts a start it cannot carry out, as a host killed mid-start would.
        await using (var broken = await FreshHost.StartAsync(new Dictionary<string, string?> { ["Docker:Endpoint"] = "unix:///nonexistent/docker.sock" }))
        {
            connectionString = broken.ConnectionString;
            instanceId = broken.Factory.InstanceId;
            var (admin, _) = await broken.FirstAdminAsync();
            survivor = await admin.CreateSessionAsync("survivor");
            vanished = await admin.CreateSessionAsync("vanished");
            interrupted = await admin.CreateSessionAsync("interrupted");
            Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync($"/api/sessions/{interrupted}/start", null)).StatusCode);
            await Task.Delay(500);
            Assert.Equal("starting", (await admin.StatusAsync(interrupted)).GetProperty("status").GetString());
        }
        string survivorContainer;
        await using (var first = FreshHost.StartOn(connectionString))
        {
            var admin = await SignInAsync(first);
            await admin.WaitForStatusAsync(interrupted, "running");
            await admin.StartAndWaitAsync(survivor);
            await admin.StartAndWaitAsync(vanished);
            survivorContainer = (await SessionEngine.InspectAsync(survivor))!.ID;
        }
        // While no host runs: one container disappears, a stranger appears with this instance's label.
        await SessionEngine.Docker.Containers.RemoveContainerAsync(SessionEngine.NameOf(vanished), new ContainerRemoveParameters { Force = true });
        var orphan = await StartOrphanAsync(instanceId);

        await using var second = FreshHost.StartOn(connectionString);
        var again = await SignInAsync(second);
        var closed = await again.WaitForStatusAsync(vanished, "stopped", TimeSpan.FromSeconds(10));
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(10), async () => !await ExistsAsync(orphan), "orphan removed");

        Assert.Equal("host_restart", closed.GetProperty("reason").GetString());
        Assert.Equal("running", (await again.StatusAsync(survivor)).GetProperty("status").GetString());
        Assert.Equal(survivorContainer, (await SessionEngine.InspectAsync(survivor))!.ID);
        Assert.Equal("running", (await again.StatusAsync(interrupted)).GetProperty("status").GetString());
    }

    private static async Task<HttpClient> SignInAsync(FreshHost host)
    {
        var client = host.Factory.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.NoContent, (await client.SignInAsync()).StatusCode);
        return client;
    }

    private static async Task<string> StartOrphanAsync(string instanceId)
    {
        var created = await SessionEngine.Docker.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = "codeflare/workspace:slim",
            Labels = new Dictionary<string, string> { ["codeflare.instance"] = instanceId, ["codeflare.session"] = Guid.NewGuid().ToString() },
            HostConfig = new HostConfig { Init = true },
            StopSignal = "SIGHUP",
        });
        await SessionEngine.Docker.Containers.StartContainerAsync(created.ID, new ContainerStartParameters());
        return created.ID;
    }

    private static async Task<bool> ExistsAsync(string containerId) =>
        (await SessionEngine.Docker.Containers.ListContainersAsync(new ContainersListParameters { All = true }))
        .Any(container => container.ID == containerId);
}
