using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;

namespace Codeflare.Sessions.Features.Shared;

/// <summary>Owners see their sessions, admins everyone's; to anybody else a session does not exist (404, no probing).</summary>
internal static class SessionAccess
{
    public static Session Visible(Session? session, Guid sessionId, RequestContext context) =>
        session is { Status: not SessionStatus.Deleted } && (session.OwnerId == context.UserId || context.Has(Permission.ManageAnySession))
            ? session
            : throw new NotFoundException("session", sessionId);
}
