using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Codeflare.Audit.Chain;

/// <summary>
/// SPEC §7's hash chain: each link is SHA-256 of the previous link and the event's canonical bytes. Every field is
/// length-prefixed, so no two different events can encode to the same bytes by moving a boundary.
/// </summary>
internal static class ChainLink
{
    public const int Length = 32;

    /// <summary>The link before the first event.</summary>
    public static byte[] Genesis { get; } = new byte[Length];

    public static byte[] Next(ReadOnlySpan<byte> previous, ChainEvent stored, string publicType)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(previous);
        Number(hash, stored.Sequence);
        Text(hash, stored.Id.ToString("N"));
        Text(hash, stored.Stream.ToString("N"));
        Number(hash, stored.Version);
        Text(hash, publicType);
        Text(hash, stored.Data);
        Text(hash, stored.Headers);
        Text(hash, stored.CorrelationId);
        Text(hash, stored.CausationId);
        Text(hash, stored.UserName);
        Number(hash, stored.TimestampMicroseconds);
        return hash.GetHashAndReset();
    }

    public static string Hex(ReadOnlySpan<byte> link) => Convert.ToHexStringLower(link);

    private static void Number(IncrementalHash hash, long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        hash.AppendData(bytes);
    }

    // A missing value (-1) differs from an empty one (0), so a deleted header is not the same as an emptied one.
    private static void Text(IncrementalHash hash, string? value)
    {
        var bytes = value is null ? [] : Encoding.UTF8.GetBytes(value);
        Number(hash, value is null ? -1 : bytes.Length);
        hash.AppendData(bytes);
    }
}
