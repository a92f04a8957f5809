using System.Text;

namespace Codeflare.Audit.Features.ListAuditEvents;

/// <summary>Marten stores event type names in snake case; the API speaks the .NET record names.</summary>
internal static class EventTypeNames
{
    public static string ToStored(string name)
    {
        if (name.Contains('_')) return name.ToLowerInvariant();
        var builder = new StringBuilder(name.Length + 8);
        for (var index = 0; index < name.Length; index++)
        {
            if (char.IsUpper(name[index]) && index > 0) builder.Append('_');
            builder.Append(char.ToLowerInvariant(name[index]));
        }
        return builder.ToString();
    }
}
