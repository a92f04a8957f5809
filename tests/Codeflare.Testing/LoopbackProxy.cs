using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Codeflare.Testing;

/// <summary>
/// A loopback TCP proxy in front of a server that a test can cut: <see cref="DropAll"/> breaks every open
/// connection (a Wi-Fi drop, to a browser), <see cref="TakeDown"/> also refuses new ones until
/// <see cref="BringBack"/> (an outage, to the host). The server behind keeps running for everyone else.
/// Shared as source by the browser tests, which do not reference this library.
/// </summary>
public sealed class LoopbackProxy : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<TcpClient, TcpClient> open = new();
    private readonly int target;
    private volatile bool available = true;

    public LoopbackProxy(string targetUrl)
    {
        target = new Uri(targetUrl).Port;
        listener.Start();
        _ = AcceptAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    /// <summary>Cuts every open connection; returns how many there were.</summary>
    public int DropAll()
    {
        var dropped = 0;
        foreach (var (client, server) in open)
        {
            open.TryRemove(client, out _);
            client.Client.LingerState = new LingerOption(true, 0);
            client.Dispose();
            server.Dispose();
            dropped++;
        }
        return dropped;
    }

    public void TakeDown()
    {
        available = false;
        DropAll();
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
            if (available) _ = PipeAsync(client);
            else client.Dispose();
        }
    }

    private async Task PipeAsync(TcpClient client)
    {
        var server = new TcpClient();
        try
        {
            await server.ConnectAsync(IPAddress.Loopback, target);
            open[client] = server;
            await Task.WhenAny(client.GetStream().CopyToAsync(server.GetStream()), CountedCopyAsync(server.GetStream(), client.GetStream()));
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException)
        {
            // Cut on purpose, or closed by either side.
        }
        finally
        {
            open.TryRemove(client, out _);
            client.Dispose();
            server.Dispose();
        }
    }

    /// <summary>Bytes the target has sent back so far: zero growth means no request reached it.</summary>
    public long BytesFromTarget => Interlocked.Read(ref bytesFromTarget);

    private long bytesFromTarget;

    private async Task CountedCopyAsync(Stream from, Stream to)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = await from.ReadAsync(buffer)) > 0)
        {
            Interlocked.Add(ref bytesFromTarget, read);
            await to.WriteAsync(buffer.AsMemory(0, read));
        }
    }

    public void Dispose()
    {
        listener.Stop();
        TakeDown();
    }
}
