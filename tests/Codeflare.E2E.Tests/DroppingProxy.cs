using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Codeflare.E2E.Tests;

/// <summary>
/// A loopback TCP proxy in front of the host whose connections the test can cut at once — what a Wi-Fi drop
/// does to the browser's WebSocket, while the host and its terminals keep running.
/// </summary>
internal sealed class DroppingProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<TcpClient, TcpClient> pairs = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;

    private DroppingProxy(int targetPort)
    {
        listener.Start();
        accepting = AcceptAsync(targetPort);
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    public static DroppingProxy To(string url) => new(new Uri(url).Port);

    /// <summary>Cuts every open connection; new ones are accepted as before.</summary>
    public int DropAll()
    {
        var dropped = 0;
        foreach (var (client, server) in pairs)
        {
            pairs.TryRemove(client, out _);
            client.Client.LingerState = new LingerOption(true, 0);
            client.Dispose();
            server.Dispose();
            dropped++;
        }
        return dropped;
    }

    private async Task AcceptAsync(int targetPort)
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = PipeAsync(client, targetPort);
        }
    }

    private async Task PipeAsync(TcpClient client, int targetPort)
    {
        var server = new TcpClient();
        try
        {
            await server.ConnectAsync(IPAddress.Loopback, targetPort);
            pairs[client] = server;
            await Task.WhenAny(client.GetStream().CopyToAsync(server.GetStream()), server.GetStream().CopyToAsync(client.GetStream()));
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException)
        {
            // Cut on purpose or closed by either side.
        }
        finally
        {
            pairs.TryRemove(client, out _);
            client.Dispose();
            server.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        DropAll();
        await accepting;
    }
}
