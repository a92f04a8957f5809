using Codeflare.BuildingBlocks.Security;

namespace Codeflare.BuildingBlocks.Events;

/// <summary>
/// Who and why of the first repeat in a window, kept with the window, so its summary (written later, maybe by
/// another host) carries the metadata a request's own event would have had.
/// </summary>
internal sealed record DenialMetadata(string CorrelationId, string? CausationId, Guid? UserId, string? ClientIp, string? UserAgent)
{
    public static DenialMetadata Of(RequestContext context) =>
        new(context.CorrelationId, context.CausationId, context.UserId, context.ClientIp, context.UserAgent);

    /// <summary>A context with that metadata only: no permissions, since it never decides anything.</summary>
    public RequestContext ToContext()
    {
        var context = new RequestContext { CorrelationId = CorrelationId, CausationId = CausationId, ClientIp = ClientIp, UserAgent = UserAgent };
        if (UserId is { } userId) context.SignIn(userId, []);
        return context;
    }
}
