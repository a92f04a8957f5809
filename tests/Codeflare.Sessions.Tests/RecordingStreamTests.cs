using System.Security.Cryptography;
using System.Text;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Infrastructure.Recordings;

namespace Codeflare.Sessions.Tests;

public sealed class RecordingStreamTests
{
    private readonly Dictionary<string, byte[]> store = new()
    {
        ["p0"] = Encoding.UTF8.GetBytes("{\"version\":2}\n[0.1,\"o\",\"a\"]\n"),
        ["p1"] = Encoding.UTF8.GetBytes("[1.5,\"o\",\"bc\"]\n"),
        ["p2"] = Encoding.UTF8.GetBytes("[2.0,\"o\",\"d\"]\n"),
    };

    [Fact]
    public async Task The_parts_read_as_one_file_in_order()
    {
        await using var stream = new RecordingStream(Parts(), OpenAsync);
        using var all = new MemoryStream();
        await stream.CopyToAsync(all);

        Assert.Equal(store["p0"].Concat(store["p1"]).Concat(store["p2"]), all.ToArray());
        Assert.Equal(all.Length, stream.Length);
    }

    [Fact]
    public async Task A_seek_reads_from_the_middle_of_a_part_across_into_the_next()
    {
        var whole = store["p0"].Concat(store["p1"]).Concat(store["p2"]).ToArray();
        await using var stream = new RecordingStream(Parts(), OpenAsync);
        stream.Seek(store["p0"].Length - 3, SeekOrigin.Begin);
        var buffer = new byte[10];
        var read = 0;
        while (read < buffer.Length) read += await stream.ReadAsync(buffer.AsMemory(read));

        Assert.Equal(whole.AsSpan(store["p0"].Length - 3, 10).ToArray(), buffer);
    }

    [Fact]
    public async Task A_part_the_store_changed_aborts_the_read()
    {
        var parts = Parts();
        store["p1"] = Encoding.UTF8.GetBytes("[1.5,\"o\",\"XX\"]\n");
        await using var stream = new RecordingStream(parts, OpenAsync);

        var refused = await Assert.ThrowsAsync<IOException>(() => stream.CopyToAsync(Stream.Null));
        Assert.Contains("SHA-256", refused.Message);
    }

    [Fact]
    public async Task A_part_shorter_in_the_store_than_its_event_aborts_the_read()
    {
        var parts = Parts();
        store["p2"] = store["p2"][..4];
        await using var stream = new RecordingStream(parts, OpenAsync);

        var refused = await Assert.ThrowsAsync<IOException>(() => stream.CopyToAsync(Stream.Null));
        Assert.Contains("shorter", refused.Message);
    }

    [Fact]
    public async Task A_part_longer_in_the_store_is_read_no_further_than_its_event_says()
    {
        var parts = Parts();
        var original = store["p2"].Length;
        store["p2"] = [.. store["p2"], .. "[9,\"o\",\"injected\"]\n"u8.ToArray()];
        await using var stream = new RecordingStream(parts, OpenAsync);
        stream.Seek(-original, SeekOrigin.End);
        using var tail = new MemoryStream();
        await stream.CopyToAsync(tail);

        Assert.Equal(original, tail.Length);
    }

    private List<RecordingPart> Parts() =>
        store.Select((pair, number) => new RecordingPart(number, pair.Key, pair.Value.Length, Convert.ToHexStringLower(SHA256.HashData(pair.Value)))).ToList();

    private Task<Stream> OpenAsync(string key, long offset, CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(new MemoryStream(store[key][(int)offset..]));
}
