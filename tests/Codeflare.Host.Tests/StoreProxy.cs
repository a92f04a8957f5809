using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Codeflare.Host.Tests;

/// <summary>
/// A loopback TCP proxy in front of the real object store that a test can take down (every connection cut, new
/// ones closed at once) and bring back: an outage of the store as the host sees it, without stopping the server
/// the other tests share.
/// </summary>
internal sealed class StoreProxy : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<TcpClient, TcpClient> open = new();
    private readonly int target;
    private volatile bool available = true;

    public StoreProxy(string serviceUrl)
    {
        target = new Uri(serviceUrl).Port;
        listener.Start();
        _ = AcceptAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    public void TakeDown()
    {
        available = false;
        foreach (var (client, server) in open)
        {
            client.Dispose();
            server.Dispose();
        }
        open.Clear();
    }

    public void BringBack() => available = true;

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync();
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
                return;
            }
            if (!available)
            {
                client.Dispose();
                continue;
            }
            _ = PipeAsync(client);
        }
    }

    private async Task PipeAsync(TcpClient client)
    {
        using var server = new TcpClient();
        try
        {
            await server.ConnectAsync(IPAddress.Loopback, target);
            open[client] = server;
            await Task.WhenAny(client.GetStream().CopyToAsync(server.GetStream()), server.GetStream().CopyToAsync(client.GetStream()));
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException)
        {
            // Cut on purpose, or closed by either side.
        }
        finally
        {
            open.TryRemove(client, out _);
            client.Dispose();
        }
    }

    public void Dispose()
    {
        listener.Stop();
        TakeDown();
    }
}
