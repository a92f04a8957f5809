using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Codeflare.ContainerEngine;

/// <summary>
/// The archive endpoints through .NET's own HTTP stack. Docker.DotNet's chunked response stream ends archives of more
/// than a few kilobytes with an EndOfStreamException (found by the sync benchmark on a 2,000-file listing), and its
/// upload buffers the whole body; here both directions stream.
/// </summary>
internal sealed class EngineHttp : IDisposable
{
    private readonly HttpClient http;
    private readonly string version;

    public EngineHttp(IOptions<ContainerEngineOptions> options)
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

    /// <summary>The tar stream of a path in a container (running or not); null when the path does not exist.</summary>
    public async Task<Stream?> GetArchiveAsync(string containerId, string path, CancellationToken cancellationToken)
    {
        var response = await http.GetAsync(ArchiveUri(containerId, path), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            response.Dispose();
            return null;
        }
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadAsStreamAsync(cancellationToken);
    }

    /// <summary>Extracts the tar that <paramref name="writeTar"/> writes into a folder of the container, as it is written.</summary>
    public async Task PutArchiveAsync(string containerId, string path, Func<Stream, CancellationToken, Task> writeTar, CancellationToken cancellationToken)
    {
        using var content = new StreamingContent(writeTar, cancellationToken);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-tar");
        using var response = await http.PutAsync(ArchiveUri(containerId, path), content, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    private string ArchiveUri(string containerId, string path) =>
        $"v{version}/containers/{Uri.EscapeDataString(containerId)}/archive?path={Uri.EscapeDataString(path)}";

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode) return;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        throw new HttpRequestException($"The engine answered {(int)response.StatusCode}: {Text.Printable(body, 300)}", null, response.StatusCode);
    }

    public void Dispose() => http.Dispose();

    private sealed class StreamingContent(Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => write(stream, cancellationToken);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken token) => write(stream, token);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
