using System.Security.Cryptography;
using System.Text;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.BuildingBlocks.Events;

/// <summary>What makes two refusals "the same": their type, caller, reason and target.</summary>
internal static class DenialKey
{
    /// <summary>A signed-in caller is its user, on any device; an anonymous one is its client IP.</summary>
    public static string CallerOf(RequestContext context) =>
        context.UserId is { } userId ? $"user:{userId:N}" : context.ClientIp is { Length: > 0 } ip ? $"ip:{ip}" : "anonymous";

    /// <summary>
    /// A hash, so the key's size is bounded whatever a target holds (an origin header, a path), and parts are
    /// length-prefixed, so no reason or target can be written to run into the next part and collide with another key.
    /// </summary>
    public static string For(RequestContext context, IDenial denial)
    {
        var parts = new StringBuilder();
        foreach (var part in (string[])[denial.GetType().FullName!, CallerOf(context), denial.Reason, denial.Target])
            parts.Append(part.Length).Append(':').Append(part);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parts.ToString())));
    }
}
