using Docker.DotNet;
using Docker.DotNet.Models;

namespace Codeflare.Benchmarks.Docker;

// The one container every reference terminal lands in, so that floor, wetty and (later) the hub
// are measured against the same shell image and kernel.
internal sealed class BenchContainer(IDockerClient docker, string id, string name) : IAsyncDisposable
{
    // Not codeflare.session: the host's reconciler removes those, and this one is not a session.
    public const string Label = "codeflare.bench";

    public string Id { get; } = id;

    public string Name { get; } = name;

    public static async Task<BenchContainer> StartAsync(IDockerClient docker, string image, CancellationToken ct)
    {
        await RemoveLeftoversAsync(docker, ct);
        var name = $"codeflare-bench-{Guid.NewGuid():N}"[..28];
        var created = await docker.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = image,
            Name = name,
            Labels = new Dictionary<string, string> { [Label] = "true" },
            // As the session runner does: docker-init as PID 1 and SIGHUP make stop take ~60 ms.
            StopSignal = "SIGHUP",
            HostConfig = new HostConfig { Init = true, NetworkMode = "none" },
        }, ct);
        var container = new BenchContainer(docker, created.ID, name);
        try
        {
            await docker.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), ct);
        }
        catch
        {
            await container.DisposeAsync();
            throw;
        }
        return container;
    }

    // A run killed with SIGKILL cannot clean up after itself; the next run does.
    private static async Task RemoveLeftoversAsync(IDockerClient docker, CancellationToken ct)
    {
        var leftovers = await docker.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [Label] = true } },
        }, ct);
        foreach (var leftover in leftovers)
        {
            await docker.Containers.RemoveContainerAsync(leftover.ID, new ContainerRemoveParameters { Force = true }, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Not the caller's token: cleanup must also run after Ctrl-C cancelled everything else.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await docker.Containers.RemoveContainerAsync(Id, new ContainerRemoveParameters { Force = true }, timeout.Token);
    }
}
