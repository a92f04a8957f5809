using Codeflare.Sessions.Domain;
using Marten;

namespace Codeflare.Sessions.Features.Shared;

/// <summary>SPEC §3 running limit, counted under a per-owner transaction lock so two parallel starts cannot both pass.</summary>
internal static class RunningSessions
{
    private const long LockNamespace = 0x5E55_0000_0000;

    public static async Task LockOwnerAsync(IDocumentSession documentSession, Guid ownerId, CancellationToken cancellationToken)
    {
        await documentSession.BeginTransactionAsync(cancellationToken);
        var key = LockNamespace ^ BitConverter.ToInt64(ownerId.ToByteArray(), 0);
        await documentSession.QueryAsync<bool>("select true from (select pg_advisory_xact_lock(?)) as locked", cancellationToken, key);
    }

    public static Task<int> CountAsync(IQuerySession querySession, Guid ownerId, CancellationToken cancellationToken) =>
        querySession.Query<Session>().CountAsync(session => session.OwnerId == ownerId
            && (session.Status == SessionStatus.Starting || session.Status == SessionStatus.Running || session.Status == SessionStatus.Stopping),
            cancellationToken);
}
