using Codeflare.BuildingBlocks.Security;
using Marten;

namespace Codeflare.BuildingBlocks.Marten;

/// <summary>Stamps who/why onto every event a Marten session appends (SPEC §1).</summary>
public static class EventMetadata
{
    public const string ClientIpHeader = "clientIp";
    public const string UserAgentHeader = "userAgent";

    public static void Apply(IDocumentSession documentSession, RequestContext context)
    {
        documentSession.CorrelationId = context.CorrelationId;
        documentSession.CausationId = context.CausationId ?? context.CorrelationId;
        documentSession.LastModifiedBy = context.Actor;
        if (context.ClientIp is not null) documentSession.SetHeader(ClientIpHeader, context.ClientIp);
        if (context.UserAgent is not null) documentSession.SetHeader(UserAgentHeader, context.UserAgent);
    }
}
