using System.Security.Cryptography;
using Codeflare.Storage.WorkspaceSync;

namespace Codeflare.Storage.Tests;

public sealed class HashingStreamTests
{
    [Fact]
    public async Task The_hashes_of_what_passed_stay_readable_after_whoever_read_it_disposed_it()
    {
        var bytes = RandomNumberGenerator.GetBytes(100_000);
        var hashing = new HashingStream(new MemoryStream(bytes));

        await hashing.CopyToAsync(Stream.Null);
        hashing.Dispose();

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), hashing.Sha256());
        Assert.Equal(Convert.ToHexStringLower(MD5.HashData(bytes)), hashing.Md5());
    }
}
