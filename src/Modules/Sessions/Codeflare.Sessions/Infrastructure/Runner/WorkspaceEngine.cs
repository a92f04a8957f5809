using Codeflare.Sessions.Domain;
using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>Every Docker Engine call the runner makes, local socket or remote engine alike.</summary>
internal sealed class WorkspaceEngine(IDockerClient docker, IOptions<RunnerOptions> options, InstanceIdentity instance)
{
    private static readonly SemaphoreSlim NetworkGate = new(1, 1);
    private string? networkId;

    /// <summary>The session's container, found by label (not name), so that containers made by hand or by an older host count too.</summary>
    public async Task<ContainerState?> FindAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var listed = await ListAsync($"{ContainerLabels.Session}={sessionId}", cancellationToken);
        if (listed.Count == 0) return null;
        try
        {
            var inspected = await docker.Containers.InspectContainerAsync(listed[0].State.Id, cancellationToken);
            return new ContainerState(inspected.ID, inspected.State?.Running == true, inspected.State?.ExitCode ?? 0);
        }
        catch (DockerContainerNotFoundException)
        {
            return null;
        }
    }

    public async Task<string> CreateAndStartAsync(Session session, CancellationToken cancellationToken)
    {
        var network = await EnsureNetworkAsync(cancellationToken);
        var spec = WorkspaceContainerSpec.For(session, options.Value.Image, network, instance.Id);
        var created = await docker.Containers.CreateContainerAsync(spec, cancellationToken);
        await docker.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), cancellationToken);
        return created.ID;
    }

    /// <summary>Stops with the container's stop signal, kills after the grace period, removes; a missing container is fine.</summary>
    public async Task RemoveAsync(string containerId, CancellationToken cancellationToken)
    {
        try
        {
            var grace = (uint)Math.Ceiling(options.Value.StopGracePeriod.TotalSeconds);
            await docker.Containers.StopContainerAsync(containerId, new ContainerStopParameters { WaitBeforeKillSeconds = grace }, cancellationToken);
            await docker.Containers.RemoveContainerAsync(containerId, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, cancellationToken);
        }
        catch (DockerContainerNotFoundException)
        {
        }
        catch (DockerApiException exception) when (exception.StatusCode == System.Net.HttpStatusCode.Conflict)
        {
            // Removal already in progress (a second stop racing this one): the engine finishes it.
        }
    }

    /// <summary>This instance's session containers, running or not.</summary>
    public Task<IReadOnlyList<(Guid SessionId, ContainerState State)>> ListAsync(CancellationToken cancellationToken) =>
        ListAsync(null, cancellationToken);

    private async Task<IReadOnlyList<(Guid SessionId, ContainerState State)>> ListAsync(string? label, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<string, bool> { [$"{ContainerLabels.Instance}={instance.Id}"] = true };
        if (label is not null) labels[label] = true;
        var containers = await docker.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = labels },
        }, cancellationToken);
        return containers
            .Where(container => Guid.TryParse(container.Labels?.TryGetValue(ContainerLabels.Session, out var label) == true ? label : null, out _))
            .Select(container => (Guid.Parse(container.Labels[ContainerLabels.Session]), new ContainerState(container.ID, container.State == "running", 0)))
            .ToList();
    }

    /// <summary>Runs a command to its end and returns its exit code and output (stdout and stderr interleaved).</summary>
    public async Task<(long ExitCode, string Output)> ExecAsync(string containerId, IReadOnlyList<string> command, CancellationToken cancellationToken)
    {
        var exec = await docker.Exec.CreateContainerExecAsync(containerId, new ContainerExecCreateParameters
        {
            Cmd = command.ToList(), AttachStdout = true, AttachStderr = true, WorkingDir = AgentLaunch.WorkingDirectory,
        }, cancellationToken);
        using var stream = await docker.Exec.StartContainerExecAsync(exec.ID, new ContainerExecStartParameters(), cancellationToken);
        var (stdout, stderr) = await stream.ReadOutputToEndAsync(cancellationToken);
        var inspected = await docker.Exec.InspectContainerExecAsync(exec.ID, cancellationToken);
        return (inspected.ExitCode ?? -1, stdout + stderr);
    }

    private async Task<string> EnsureNetworkAsync(CancellationToken cancellationToken)
    {
        if (networkId is not null && await ExistsAsync(networkId, cancellationToken)) return networkId;
        await NetworkGate.WaitAsync(cancellationToken);
        try
        {
            var name = options.Value.Network;
            var existing = await docker.Networks.ListNetworksAsync(new NetworksListParameters
            {
                Filters = new Dictionary<string, IDictionary<string, bool>> { ["name"] = new Dictionary<string, bool> { [name] = true } },
            }, cancellationToken);
            // Engines before API 1.44 accept duplicate names; the oldest of exact matches is the one.
            var match = existing.Where(network => network.Name == name).OrderBy(network => network.Created).FirstOrDefault();
            networkId = match?.ID ?? (await docker.Networks.CreateNetworkAsync(SessionNetwork.For(name), cancellationToken)).ID;
            return networkId;
        }
        finally
        {
            NetworkGate.Release();
        }
    }

    private async Task<bool> ExistsAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await docker.Networks.InspectNetworkAsync(id, cancellationToken);
            return true;
        }
        catch (DockerNetworkNotFoundException)
        {
            return false;
        }
    }
}
