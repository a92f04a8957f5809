using System.Collections.Concurrent;
using Docker.DotNet;
using Docker.DotNet.Models;
using DotNet.Testcontainers.Containers;

namespace Codeflare.Testing;

/// <summary>
/// Without the Ryuk reaper (its image cannot be pulled here) nothing removes a test process's containers:
/// force-remove them all at once, volumes included, when the process ends, so a plain <c>dotnet test</c>
/// leaves nothing behind either. Forced and concurrent, because the test host does not wait long at exit.
/// </summary>
internal static class ContainerCleanup
{
    private static readonly ConcurrentBag<string> Ids = [];
    private static readonly ConcurrentBag<string> Instances = [];

    static ContainerCleanup() => AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveAll();

    public static T RemoveOnExit<T>(T container) where T : IContainer
    {
        Ids.Add(container.Id);
        return container;
    }

    /// <summary>Session containers a test host's runner started (they carry its instance label).</summary>
    public static string RemoveSessionsOnExit(string instanceId)
    {
        Instances.Add(instanceId);
        return instanceId;
    }

    private static void RemoveAll()
    {
        using var docker = new DockerClientBuilder().WithApiVersion(new System.Version(1, 41)).Build();
        var sessionContainers = Instances.SelectMany(instance => docker.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [$"codeflare.instance={instance}"] = true } },
        }).GetAwaiter().GetResult().Select(container => container.ID));
        var removals = Ids.Concat(sessionContainers).Select(id =>
            docker.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }));
        Task.WhenAll(removals).Wait(TimeSpan.FromSeconds(10));
    }
}
