using MessagePack;
using MessagePack.Resolvers;

namespace Codeflare.Sessions.Infrastructure.Terminals;

/// <summary>The hub's MessagePack settings: the module's internal contract types, untrusted-input limits.</summary>
internal static class TerminalProtocol
{
    public static readonly MessagePackSerializerOptions SerializerOptions = MessagePackSerializerOptions.Standard
        .WithResolver(StandardResolverAllowPrivate.Instance).WithSecurity(MessagePackSecurity.UntrustedData);
}
