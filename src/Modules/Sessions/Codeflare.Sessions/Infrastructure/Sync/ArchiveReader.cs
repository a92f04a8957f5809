using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions.Infrastructure.Sync;

/// <summary>
/// <c>GET /containers/{id}/archive</c> through .NET's own HTTP stack. Docker.DotNet's chunked response stream ends
/// archives of more than a few kilobytes with an EndOfStreamException (found by the sync benchmark on a
/// 2,000-file listing), so reading from a container goes through this; writing into one stays with Docker.DotNet.
/// </summary>
internal sealed class ArchiveReader : IDisposable
{
    private readonly HttpClient http;
    private readonly string version;

    public ArchiveReader(IOptions<DockerOptions> options)
    {
        var endpoint = new Uri(options.Value.Endpoint);
        version = options.Value.ApiVersion;
        if (endpoint.Scheme == "unix")
        {
            var socket = endpoint.LocalPath;
            http = new HttpClient(new SocketsHttpHandler
            {
                ConnectCallback = async (_, cancellationToken) =>
                {
                    var connection = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                    await connection.ConnectAsync(new UnixDomainSocketEndPoint(socket), cancellationToken);
                    return new NetworkStream(connection, ownsSocket: true);
                },
            }) { BaseAddress = new Uri("http://docker/"), Timeout = Timeout.InfiniteTimeSpan };
        }
        else
        {
            http = new HttpClient { BaseAddress = new UriBuilder(endpoint) { Scheme = "http" }.Uri, Timeout = Timeout.InfiniteTimeSpan };
        }
    }

    /// <summary>The tar stream of <paramref name="path"/> in the container (running or not); null when the path does not exist.</summary>
    public async Task<Stream?> OpenAsync(string containerId, string path, CancellationToken cancellationToken)
    {
        var response = await http.GetAsync($"v{version}/containers/{containerId}/archive?path={Uri.EscapeDataString(path)}",
            HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            response.Dispose();
            return null;
        }
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStreamAsync(cancellationToken);
    }

    public void Dispose() => http.Dispose();
}
