using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Marten;
using JasperFx.Events;
using Marten.Events;

namespace Codeflare.Sessions.Features.Shared;

/// <summary>Owners see their sessions, admins everyone's; to anybody else a session does not exist (404, no probing).</summary>
internal static class SessionAccess
{
    public static Session Visible(Session? session, Guid sessionId, RequestContext context) =>
        session is { Status: not SessionStatus.Deleted } && (session.OwnerId == context.UserId || context.Has(Permission.ManageAnySession))
            ? session
            : throw new NotFoundException("session", sessionId);

    /// <summary>Why a caller changes a session: it is theirs (<c>user</c>), or they act as an admin (<c>admin</c>).</summary>
    public static string ReasonFor(Session session, RequestContext context) =>
        session.OwnerId == context.UserId ? StopReasons.User : StopReasons.Admin;

    public static async Task<IEventStream<Session>> FetchVisibleAsync(
        IDocumentSession documentSession, Guid sessionId, RequestContext context, CancellationToken cancellationToken)
    {
        var stream = await documentSession.Events.FetchForWriting<Session>(sessionId, cancellationToken);
        Visible(stream.Aggregate, sessionId, context);
        return stream;
    }
}
