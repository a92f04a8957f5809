using Codeflare.ContainerEngine;
using Codeflare.Sessions.Domain;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>The runner's view of the engine: this instance's session containers and their network, over the one engine gateway.</summary>
internal sealed class WorkspaceEngine(ContainerEngine.ContainerEngine gateway, IOptions<RunnerOptions> options, InstanceIdentity instance)
{
    private static readonly SemaphoreSlim NetworkGate = new(1, 1);
    private string? networkId;

    /// <summary>The session's container, found by label (not name), so that containers made by hand or by an older host count too.</summary>
    public async Task<ContainerState?> FindAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var listed = await ListAsync($"{ContainerLabels.Session}={sessionId}", cancellationToken);
        if (listed.Count == 0) return null;
        var inspected = await gateway.InspectContainerAsync(listed[0].State.Id, cancellationToken);
        return inspected is null ? null : new ContainerState(inspected.Id, inspected.Running, inspected.ExitCode);
    }

    public async Task<string> CreateAndStartAsync(Session session, CancellationToken cancellationToken)
    {
        var network = await EnsureNetworkAsync(cancellationToken);
        return await gateway.CreateAndStartContainerAsync(WorkspaceContainerSpec.For(session, options.Value.Image, network, instance.Id), cancellationToken);
    }

    /// <summary>Stops with the container's stop signal, kills after the grace period, removes; a missing container is fine.</summary>
    public Task RemoveAsync(string containerId, CancellationToken cancellationToken) =>
        gateway.StopAndRemoveContainerAsync(containerId, options.Value.StopGracePeriod, cancellationToken);

    /// <summary>This instance's session containers, running or not.</summary>
    public Task<IReadOnlyList<(Guid SessionId, ContainerState State)>> ListAsync(CancellationToken cancellationToken) =>
        ListAsync(null, cancellationToken);

    private async Task<IReadOnlyList<(Guid SessionId, ContainerState State)>> ListAsync(string? label, CancellationToken cancellationToken)
    {
        string[] labels = label is null ? [$"{ContainerLabels.Instance}={instance.Id}"] : [$"{ContainerLabels.Instance}={instance.Id}", label];
        var containers = await gateway.ListContainersAsync(labels, cancellationToken);
        return containers
            .Where(container => Guid.TryParse(container.Labels.GetValueOrDefault(ContainerLabels.Session), out _))
            .Select(container => (Guid.Parse(container.Labels[ContainerLabels.Session]), new ContainerState(container.Id, container.Running, 0)))
            .ToList();
    }

    /// <summary>
    /// Runs a command to its end within <see cref="ExecBounds.Short"/> and returns its exit code (-1 when its output
    /// was cut at the cap) and output (stdout and stderr interleaved).
    /// </summary>
    public async Task<(long ExitCode, string Output)> ExecAsync(string containerId, IReadOnlyList<string> command, CancellationToken cancellationToken)
    {
        var result = await gateway.RunAsync(containerId, command, ExecBounds.Short, cancellationToken, AgentLaunch.WorkingDirectory);
        return (result.ExitCode, result.Output);
    }

    private async Task<string> EnsureNetworkAsync(CancellationToken cancellationToken)
    {
        if (networkId is not null && await gateway.NetworkExistsAsync(networkId, cancellationToken)) return networkId;
        await NetworkGate.WaitAsync(cancellationToken);
        try
        {
            var name = options.Value.Network;
            networkId = await gateway.FindNetworkAsync(name, cancellationToken)
                        ?? await gateway.CreateNetworkAsync(SessionNetwork.For(name), cancellationToken);
            return networkId;
        }
        finally
        {
            NetworkGate.Release();
        }
    }
}
