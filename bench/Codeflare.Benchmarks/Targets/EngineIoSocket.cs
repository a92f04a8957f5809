using System.Net.WebSockets;
using System.Text;

namespace Codeflare.Benchmarks.Targets;

// The Engine.IO v4 / Socket.IO v4 client wetty's browser page uses, over a raw WebSocket:
// `0{…}` open, `40` connect, `42[event, arg]` events, and `2` ping answered with `3` pong.
// Only text packets: wetty sends terminal output as strings.
internal sealed class EngineIoSocket(Uri url) : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private byte[] message = new byte[64 * 1024];

    public async Task ConnectAsync(CancellationToken ct)
    {
        await socket.ConnectAsync(url, ct);
        var open = await ReceiveAsync(ct);
        if (open.Length == 0 || open.Span[0] != (byte)'0') throw new InvalidDataException($"Expected an Engine.IO open packet, got '{Text(open)}'.");
        await SendAsync("40"u8.ToArray(), ct);
        var connected = await ReceiveAsync(ct);
        if (!connected.Span.StartsWith("40"u8)) throw new InvalidDataException($"Expected a Socket.IO connect packet, got '{Text(connected)}'.");
    }

    // The next Socket.IO event's JSON array (`["name", arg]`), answering pings on the way.
    // Null when the server has closed the connection. Valid until the next call.
    public async Task<ReadOnlyMemory<byte>?> ReceiveEventAsync(CancellationToken ct)
    {
        while (true)
        {
            var packet = await ReceiveAsync(ct);
            if (packet.Length == 0) return null;
            var span = packet.Span;
            if (span.SequenceEqual("2"u8)) await SendAsync("3"u8.ToArray(), ct);
            else if (span.StartsWith("42"u8)) return packet[2..];
            else if (span.StartsWith("41"u8) || span[0] == (byte)'1') return null;
        }
    }

    public Task EmitAsync(byte[] eventArray, CancellationToken ct)
    {
        var packet = new byte[eventArray.Length + 2];
        "42"u8.CopyTo(packet);
        eventArray.CopyTo(packet, 2);
        return SendAsync(packet, ct);
    }

    private async Task SendAsync(byte[] packet, CancellationToken ct)
    {
        // ClientWebSocket allows one send at a time; input, commits and pongs come from different loops.
        await sendLock.WaitAsync(ct);
        try
        {
            await socket.SendAsync(packet, WebSocketMessageType.Text, endOfMessage: true, ct);
        }
        finally
        {
            sendLock.Release();
        }
    }

    private async Task<ReadOnlyMemory<byte>> ReceiveAsync(CancellationToken ct)
    {
        var length = 0;
        while (true)
        {
            if (length == message.Length) Array.Resize(ref message, message.Length * 2);
            var result = await socket.ReceiveAsync(message.AsMemory(length), ct);
            if (result.MessageType == WebSocketMessageType.Close) return ReadOnlyMemory<byte>.Empty;
            length += result.Count;
            if (result.EndOfMessage) return message.AsMemory(0, length);
        }
    }

    private static string Text(ReadOnlyMemory<byte> packet) => Encoding.UTF8.GetString(packet.Span[..Math.Min(packet.Length, 200)]);

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The server may already be gone; nothing is left to release but the socket.
            }
        }
        socket.Dispose();
        sendLock.Dispose();
    }
}
