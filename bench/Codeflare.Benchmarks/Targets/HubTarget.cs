using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Benchmarks.Targets;

// Codeflare's own terminal path through the hub contract of SPEC §14. It runs when the harness is
// given --hub-url and a token (./codeflare bench supplies both); without them the report says so
// for every row that needs it, never a number.
//   Attach(Guid sessionId, int tab, int cols, int rows, long fromOffset) → stream of {offset, data, reset}
//   Input(Guid sessionId, int tab, byte[] data)     Ack(Guid sessionId, int tab, long offset)
//   Resize(Guid sessionId, int tab, int cols, int rows)
internal sealed class HubTarget(Uri baseUrl, string token, Guid sessionId, int tab) : ITerminalTarget
{
    // Acknowledge in steps like wetty's client, so the server's flow control sees a browser-like peer.
    private const long AckBytes = 256 * 1024;

    private HubConnection? connection;
    private HubConnection? replayConnection;
    private int cols;
    private int rows;

    public string Name => "hub";

    public string Description =>
        $"Codeflare hub {new Uri(baseUrl, "/hubs/terminal")} (SignalR, MessagePack, WebSockets, bearer token), session {sessionId} tab {tab}";

    // The offset just after the last byte the harness consumed.
    public long Position { get; private set; }

    public async Task StartAsync(int cols, int rows, CancellationToken ct)
    {
        (this.cols, this.rows) = (cols, rows);
        connection = Connect(baseUrl, token);
        await connection.StartAsync(ct);
        // Invoked, not sent: a missing permission or an unknown session fails here, by name.
        await connection.InvokeAsync("Resize", sessionId, tab, cols, rows, ct);
    }

    internal static HubConnection Connect(Uri baseUrl, string token) => new HubConnectionBuilder()
        .WithUrl(new Uri(baseUrl, "/hubs/terminal"), options =>
        {
            options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            options.Transports = HttpTransportType.WebSockets;
            options.SkipNegotiation = true;
        })
        .AddMessagePackProtocol()
        .Build();

    // Fire and forget, as a browser terminal sends keys: the echo is what the measure waits for.
    public ValueTask SendAsync(ReadOnlyMemory<byte> input, CancellationToken ct) =>
        new(Connection.SendAsync("Input", sessionId, tab, input.ToArray(), ct));

    public async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadOutputAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var chunk in AttachAsync(Connection, 0, ct))
        {
            yield return chunk.Data;
            Position = chunk.Offset + chunk.Data.Length;
        }
    }

    // A second client (its own connection, as a phone beside a desktop) replays the ring buffer
    // from `fromOffset` up to `toOffset`: the hub's raw streaming rate, which the PTY (≈ 5–15 MiB/s
    // on this kind of machine) cannot show.
    public async Task<long> ReplayAsync(long fromOffset, long toOffset, CancellationToken ct)
    {
        if (replayConnection is null)
        {
            replayConnection = Connect(baseUrl, token);
            await replayConnection.StartAsync(ct);
        }
        long bytes = 0;
        await foreach (var chunk in AttachAsync(replayConnection, fromOffset, ct))
        {
            if (chunk.Reset) throw new InvalidDataException($"Offset {fromOffset} is no longer buffered.");
            bytes += chunk.Data.Length;
            if (chunk.Offset + chunk.Data.Length >= toOffset) break;
        }
        return bytes;
    }

    private async IAsyncEnumerable<HubChunk> AttachAsync(HubConnection hub, long fromOffset, [EnumeratorCancellation] CancellationToken ct)
    {
        var expected = fromOffset;
        var acked = fromOffset;
        var chunks = hub.StreamAsync<Dictionary<string, object?>>("Attach", sessionId, tab, cols, rows, fromOffset, ct);
        await foreach (var map in chunks.WithCancellation(ct))
        {
            var chunk = HubChunk.From(map);
            // The contract promises no gap and no duplicate; a harness that silently accepted
            // either would measure a broken terminal as a fast one.
            if (!chunk.Reset && chunk.Offset != expected)
                throw new InvalidDataException($"Hub chunk at offset {chunk.Offset}, expected {expected}: bytes lost or repeated.");
            expected = chunk.Offset + chunk.Data.Length;
            yield return chunk;
            if (expected - acked >= AckBytes)
            {
                await hub.SendAsync("Ack", sessionId, tab, expected, ct);
                acked = expected;
            }
        }
    }

    private HubConnection Connection => connection ?? throw new InvalidOperationException("The hub terminal is not started.");

    public async ValueTask DisposeAsync()
    {
        if (replayConnection is not null) await replayConnection.DisposeAsync();
        if (connection is not null) await connection.DisposeAsync();
    }
}
