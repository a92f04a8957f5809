using System.Text;
using System.Text.RegularExpressions;
using MessagePack;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Host.Tests;

/// <summary>A hub client over a real WebSocket with the MessagePack protocol, keeping every byte it received by offset.</summary>
internal sealed class TerminalClient : IAsyncDisposable
{
    private readonly HubConnection connection;
    private readonly object gate = new();
    private readonly List<(long Offset, byte[] Data)> chunks = [];
    private readonly StringBuilder text = new();
    private CancellationTokenSource? attached;
    private Task? reading;

    private TerminalClient(HubConnection connection) => this.connection = connection;

    public bool AutoAck { get; set; } = true;
    public long NextOffset { get; private set; }
    public int Resets { get; private set; }
    public HubConnection Connection => connection;

    public static async Task<TerminalClient> ConnectAsync(FreshHost host, string token, string? origin = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.Factory.BaseAddress, "/hubs/terminal"), HttpTransportType.WebSockets, options =>
            {
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                if (origin is not null) options.Headers["Origin"] = origin;
            })
            .AddMessagePackProtocol(protocol => protocol.SerializerOptions = MessagePackSerializerOptions.Standard.WithResolver(MessagePack.Resolvers.StandardResolverAllowPrivate.Instance))
            .Build();
        await connection.StartAsync();
        return new TerminalClient(connection);
    }

    public async Task AttachAsync(string sessionId, int tab = 1, int cols = 200, int rows = 50, long fromOffset = 0)
    {
        attached = new CancellationTokenSource();
        var stream = connection.StreamAsync<Chunk>("Attach", Guid.Parse(sessionId), tab, cols, rows, fromOffset, attached.Token);
        var enumerator = stream.GetAsyncEnumerator(attached.Token);
        // The first MoveNext surfaces a refusal as an exception to the caller.
        var first = await enumerator.MoveNextAsync();
        if (first) await ReceiveAsync(enumerator.Current, sessionId, tab);
        reading = first ? ReadAsync(enumerator, sessionId, tab) : Task.CompletedTask;
    }

    public Task InputAsync(string sessionId, string keys, int tab = 1) =>
        connection.InvokeAsync("Input", Guid.Parse(sessionId), tab, Encoding.UTF8.GetBytes(keys));

    public Task ResizeAsync(string sessionId, int cols, int rows, int tab = 1) =>
        connection.InvokeAsync("Resize", Guid.Parse(sessionId), tab, cols, rows);

    public Task AckAsync(string sessionId, int tab = 1) => connection.SendAsync("Ack", Guid.Parse(sessionId), tab, NextOffset);

    /// <summary>Stops this attach (as a closed browser tab would), keeping what was received.</summary>
    public async Task DetachAsync()
    {
        await attached!.CancelAsync();
        try { await reading!; } catch (OperationCanceledException) { }
    }

    public string Text
    {
        get { lock (gate) return text.ToString(); }
    }

    /// <summary>The bytes received for [from, to), failing on any gap.</summary>
    public byte[] Bytes(long from, long to)
    {
        lock (gate)
        {
            var result = new MemoryStream();
            var at = from;
            foreach (var (offset, data) in chunks.Where(chunk => chunk.Offset + chunk.Data.Length > from && chunk.Offset < to))
            {
                Assert.True(offset <= at, $"gap at {at}");
                var skip = (int)(at - offset);
                var take = (int)Math.Min(data.Length - skip, to - at);
                if (take <= 0) continue;
                result.Write(data, skip, take);
                at += take;
            }
            Assert.Equal(to, at);
            return result.ToArray();
        }
    }

    public IReadOnlyList<(long Offset, byte[] Data)> Chunks
    {
        get { lock (gate) return chunks.ToList(); }
    }

    public async Task<Match> WaitForAsync(string pattern, TimeSpan? limit = null)
    {
        var regex = new Regex(pattern);
        Match? match = null;
        await SessionEngine.WithinAsync(limit ?? TimeSpan.FromSeconds(15), () => Task.FromResult((match = regex.Match(Text)).Success), $"/{pattern}/ on the terminal");
        return match!;
    }

    private async Task ReadAsync(IAsyncEnumerator<Chunk> enumerator, string sessionId, int tab)
    {
        try
        {
            while (await enumerator.MoveNextAsync()) await ReceiveAsync(enumerator.Current, sessionId, tab);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ReceiveAsync(Chunk chunk, string sessionId, int tab)
    {
        lock (gate)
        {
            if (chunk.Reset) Resets++;
            chunks.Add((chunk.Offset, chunk.Data));
            text.Append(Encoding.UTF8.GetString(chunk.Data));
            NextOffset = chunk.Offset + chunk.Data.Length;
        }
        if (AutoAck) await AckAsync(sessionId, tab);
    }

    public async ValueTask DisposeAsync()
    {
        if (attached is not null) await attached.CancelAsync();
        await connection.DisposeAsync();
    }

    [MessagePackObject]
    public sealed class Chunk
    {
        [Key("offset")] public long Offset { get; set; }
        [Key("data")] public byte[] Data { get; set; } = [];
        [Key("reset")] public bool Reset { get; set; }
    }
}
