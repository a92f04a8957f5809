using Codeflare.Storage.WorkspaceSync;

namespace Codeflare.Storage.Tests;

/// <summary>A file from the container or the store never yields more than its known length, and one that ends early fails.</summary>
public sealed class KnownLengthStreamTests
{
    [Fact]
    public async Task Reading_stops_at_the_length_even_when_the_source_has_more()
    {
        using var stream = new KnownLengthStream(new MemoryStream(new byte[100]), 10);

        var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.Equal(10, copy.Length);
    }

    [Fact]
    public async Task A_source_shorter_than_its_length_fails_the_read() =>
        await Assert.ThrowsAsync<EndOfStreamException>(() => new KnownLengthStream(new MemoryStream(new byte[5]), 10).CopyToAsync(Stream.Null));
}
