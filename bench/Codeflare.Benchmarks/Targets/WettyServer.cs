using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Codeflare.Benchmarks.Targets;

// A wetty 3.2.0 process on 127.0.0.1 whose shell is a `docker exec -it` into the bench container:
// wetty spawns its command in a node-pty, exactly as it would spawn a local shell, so its terminal
// lands in the same container as the floor's. The price is one more PTY hop (the docker CLI's),
// which the report names.
internal sealed class WettyServer(Process process, int port) : IAsyncDisposable
{
    public const string BasePath = "/wetty";

    public Uri SocketUrl { get; } = new($"ws://127.0.0.1:{port}{BasePath}/socket.io/?EIO=4&transport=websocket");

    public static async Task<WettyServer> StartAsync(string mainJs, string shellCommand, CancellationToken ct)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { mainJs, "--host", "127.0.0.1", "--port", port.ToString(), "--base", BasePath + "/", "--command", shellCommand },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var log = new ProcessLog(process);
        var server = new WettyServer(process, port);
        try
        {
            await WaitUntilListeningAsync(process, port, log, ct);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitUntilListeningAsync(Process process, int port, ProcessLog log, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (process.HasExited) throw new InvalidOperationException($"wetty exited with {process.ExitCode}: {log.Tail()}");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port, ct);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, ct);
            }
        }
        throw new TimeoutException($"wetty did not listen on 127.0.0.1:{port} within 20 s: {log.Tail()}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // The whole tree: wetty's node-pty children (the docker CLI) must not outlive it.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
        process.Dispose();
    }
}
