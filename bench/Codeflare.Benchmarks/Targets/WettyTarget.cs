using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;

namespace Codeflare.Benchmarks.Targets;

// wetty 3.2.0 as its browser page drives it: Socket.IO over a WebSocket, input as `input`
// events, output as `data` events, and `commit` acknowledgements so its flow control (pause
// above 2 MiB unacknowledged) never stalls a flood.
internal sealed class WettyTarget(string mainJs, string shellCommand) : ITerminalTarget
{
    // What wetty's own client acknowledges at a time.
    private const int CommitChars = 262_144;

    private readonly Channel<(byte[] Buffer, int Length)> output = Channel.CreateUnbounded<(byte[], int)>(new() { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource stopping = new();
    private WettyServer? server;
    private EngineIoSocket? socket;
    private Task receiving = Task.CompletedTask;

    public string Name => "wetty";

    public string Description =>
        $"wetty 3.2.0 (node-pty, Socket.IO v4) on 127.0.0.1, command `{shellCommand}`; client: Socket.IO over a raw WebSocket, commits every 256 KiB";

    public async Task StartAsync(int cols, int rows, CancellationToken ct)
    {
        server = await WettyServer.StartAsync(mainJs, shellCommand, ct);
        socket = new EngineIoSocket(server.SocketUrl);
        await socket.ConnectAsync(ct);
        // wetty registers its input/resize handlers only once the shell is spawned ("login").
        while (true)
        {
            var e = await socket.ReceiveEventAsync(ct) ?? throw new InvalidOperationException("wetty closed the connection before spawning the shell.");
            if (SocketIoEvent.Name(e.Span) == "login") break;
        }
        await socket.EmitAsync(SocketIoEvent.Encode("resize", new { cols, rows }), ct);
        // Pings come every 3 s whether or not the harness reads, so a loop of its own answers them.
        receiving = Task.Run(() => ReceiveLoopAsync(socket, stopping.Token), CancellationToken.None);
    }

    public ValueTask SendAsync(ReadOnlyMemory<byte> input, CancellationToken ct) =>
        new(Socket.EmitAsync(SocketIoEvent.Encode("input", Encoding.UTF8.GetString(input.Span)), ct));

    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadOutputAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var uncommitted = 0;
        await foreach (var (buffer, length) in output.Reader.ReadAllAsync(ct))
        {
            yield return buffer.AsMemory(0, length);
            // Acknowledged once consumed, as the browser does after xterm.js has written it.
            uncommitted += SocketIoEvent.Utf16Length(buffer.AsSpan(0, length));
            ArrayPool<byte>.Shared.Return(buffer);
            for (; uncommitted >= CommitChars; uncommitted -= CommitChars)
            {
                await Socket.EmitAsync(SocketIoEvent.Encode("commit", CommitChars), ct);
            }
        }
    }

    private async Task ReceiveLoopAsync(EngineIoSocket engine, CancellationToken ct)
    {
        try
        {
            while (await engine.ReceiveEventAsync(ct) is { } e)
            {
                var name = SocketIoEvent.Name(e.Span);
                if (name == "data") output.Writer.TryWrite(SocketIoEvent.DataBytes(e.Span));
                else if (name == "logout") break;
            }
            output.Writer.TryComplete();
        }
        catch (Exception error)
        {
            output.Writer.TryComplete(error is OperationCanceledException ? null : error);
        }
    }

    private EngineIoSocket Socket => socket ?? throw new InvalidOperationException("The wetty terminal is not started.");

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (socket is not null) await socket.DisposeAsync();
        await receiving;
        if (server is not null) await server.DisposeAsync();
        stopping.Dispose();
    }
}
