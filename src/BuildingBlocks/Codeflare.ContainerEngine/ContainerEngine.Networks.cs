using Docker.DotNet;
using Docker.DotNet.Models;

namespace Codeflare.ContainerEngine;

public sealed partial class ContainerEngine
{
    /// <summary>The id of the network named exactly <paramref name="name"/>; null when there is none.</summary>
    public async Task<string?> FindNetworkAsync(string name, CancellationToken cancellationToken)
    {
        var listed = await docker.Networks.ListNetworksAsync(new NetworksListParameters
        {
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["name"] = new Dictionary<string, bool> { [name] = true } },
        }, cancellationToken);
        // The name filter matches substrings; engines before API 1.44 accept duplicate names, and the oldest is the one.
        return listed.Where(network => network.Name == name).OrderBy(network => network.Created).FirstOrDefault()?.ID;
    }

    public async Task<string> CreateNetworkAsync(NetworkSpec spec, CancellationToken cancellationToken) =>
        (await docker.Networks.CreateNetworkAsync(EngineModels.ToCreateParameters(spec), cancellationToken)).ID;

    public async Task<bool> NetworkExistsAsync(string networkId, CancellationToken cancellationToken)
    {
        try
        {
            await docker.Networks.InspectNetworkAsync(networkId, cancellationToken);
            return true;
        }
        catch (DockerNetworkNotFoundException)
        {
            return false;
        }
    }
}
