using System.Net;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Codeflare.ContainerEngine;

public sealed partial class ContainerEngine
{
    /// <summary>Containers, running or not, that carry every one of <paramref name="labels"/> (<c>key</c> or <c>key=value</c>).</summary>
    public async Task<IReadOnlyList<ContainerSummary>> ListContainersAsync(IReadOnlyCollection<string> labels, CancellationToken cancellationToken)
    {
        var containers = await docker.Containers.ListContainersAsync(
            new ContainersListParameters { All = true, Filters = EngineModels.LabelFilter(labels) }, cancellationToken);
        return containers
            .Select(container => new ContainerSummary(container.ID, container.State == "running",
                container.Labels is null ? new Dictionary<string, string>() : new Dictionary<string, string>(container.Labels)))
            .ToList();
    }

    /// <summary>A container by id or name; null when there is none.</summary>
    public async Task<ContainerInspection?> InspectContainerAsync(string containerId, CancellationToken cancellationToken)
    {
        try
        {
            var inspected = await docker.Containers.InspectContainerAsync(containerId, cancellationToken);
            return new ContainerInspection(inspected.ID, inspected.State?.Running == true, inspected.State?.ExitCode ?? 0);
        }
        catch (DockerContainerNotFoundException)
        {
            return null;
        }
    }

    public async Task<string> CreateAndStartContainerAsync(ContainerSpec spec, CancellationToken cancellationToken)
    {
        var created = await docker.Containers.CreateContainerAsync(EngineModels.ToCreateParameters(spec), cancellationToken);
        await docker.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), cancellationToken);
        return created.ID;
    }

    /// <summary>Stops with the container's stop signal, kills after <paramref name="grace"/>, removes; a missing container is fine.</summary>
    public async Task StopAndRemoveContainerAsync(string containerId, TimeSpan grace, CancellationToken cancellationToken)
    {
        try
        {
            var seconds = (uint)Math.Ceiling(grace.TotalSeconds);
            await docker.Containers.StopContainerAsync(containerId, new ContainerStopParameters { WaitBeforeKillSeconds = seconds }, cancellationToken);
            await docker.Containers.RemoveContainerAsync(containerId, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, cancellationToken);
        }
        catch (DockerContainerNotFoundException)
        {
        }
        catch (DockerApiException exception) when (exception.StatusCode == HttpStatusCode.Conflict)
        {
            // Removal already in progress (a second stop racing this one): the engine finishes it.
        }
    }

    /// <summary>One stats reading (no streaming); null when the engine reports none (a container that just stopped).</summary>
    public Task<ContainerStats?> GetStatsAsync(string containerId, CancellationToken cancellationToken) =>
        Deadline.RunAsync("Reading the container's stats", ReadTimeout, async token =>
        {
            var reading = new StatsReading();
            await docker.Containers.GetContainerStatsAsync(containerId, new ContainerStatsParameters { Stream = false, OneShot = true }, reading, token);
            return EngineModels.ToStats(reading.Value);
        }, cancellationToken);

    /// <summary>
    /// Bytes the container wrote to its own layer. The engine walks the container's files for this, which a container
    /// with millions of files makes slow: past the deadline it is a <see cref="ContainerCallTimeoutException"/>.
    /// </summary>
    public Task<long?> GetDiskUsageAsync(string containerId, CancellationToken cancellationToken) =>
        Deadline.RunAsync("Measuring the container's disk", ReadTimeout, async token =>
            (await docker.Containers.InspectContainerAsync(containerId, new ContainerInspectParameters { IncludeSize = true }, token)).SizeRw,
            cancellationToken);

    /// <summary>Collects the one reading a non-streaming stats call reports, synchronously (no Progress&lt;T&gt; thread hop).</summary>
    private sealed class StatsReading : IProgress<ContainerStatsResponse>
    {
        public ContainerStatsResponse? Value { get; private set; }
        public void Report(ContainerStatsResponse value) => Value = value;
    }
}
