using Codeflare.BuildingBlocks.Errors;
using Codeflare.Identity.Domain;
using JasperFx.Events;
using Marten;
using Marten.Events;

namespace Codeflare.Identity.Features.Shared;

/// <summary>What every admin command on a user shares: finding the user, and the last-admin guard.</summary>
internal static class UserAdministration
{
    private const long AdminRosterLock = 0x5EC0_DEAD_0001;

    public static async Task<IEventStream<User>> FetchUserAsync(IDocumentSession documentSession, Guid userId, CancellationToken cancellationToken)
    {
        var stream = await documentSession.Events.FetchForWriting<User>(userId, cancellationToken);
        return stream.Aggregate is { Status: not UserStatus.Deleted } ? stream : throw new NotFoundException("user", userId);
    }

    /// <summary>
    /// SPEC §2: the last enabled admin can be neither demoted, disabled nor deleted. Changes that take an admin
    /// away hold one transaction-scoped advisory lock from the count to the commit, so two admins removing
    /// each other at the same moment cannot both succeed.
    /// </summary>
    public static async Task GuardLastAdminAsync(IDocumentSession documentSession, User target, bool staysEnabledAdmin, CancellationToken cancellationToken)
    {
        if (!target.IsEnabledAdmin || staysEnabledAdmin) return;
        await documentSession.BeginTransactionAsync(cancellationToken);
        await documentSession.QueryAsync<bool>("select true from (select pg_advisory_xact_lock(?)) as locked", cancellationToken, AdminRosterLock);
        var others = await documentSession.Query<User>().CountAsync(user =>
            user.Id != target.Id && user.Status == UserStatus.Enabled && user.Roles.Contains(Contracts.RoleNames.Admin), cancellationToken);
        if (others == 0) throw new ConflictException("This is the last enabled admin. Make someone else an admin first.");
    }
}
