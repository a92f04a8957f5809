using System.Security.Cryptography;
using System.Text;

namespace Codeflare.BuildingBlocks.Marten;

/// <summary>
/// A stream id derived from a name (version 5 style): the same name always maps to the same stream, and one
/// derived from a user's id differs from the user's own, so no other aggregate's inline snapshot sees its events.
/// </summary>
public static class NamedStreamId
{
    public static Guid For(string name)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
