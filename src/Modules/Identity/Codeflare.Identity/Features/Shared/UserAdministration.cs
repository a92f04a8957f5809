using Codeflare.BuildingBlocks.Errors;
using Codeflare.Identity.Domain;
using JasperFx.Events;
using Marten;
using Marten.Events;

namespace Codeflare.Identity.Features.Shared;

/// <summary>What every admin command on a user shares: finding the user, and the last-admin guard.</summary>
internal static class UserAdministration
{
    public static async Task<IEventStream<User>> FetchUserAsync(IDocumentSession documentSession, Guid userId, CancellationToken cancellationToken)
    {
        var stream = await documentSession.Events.FetchForWriting<User>(userId, cancellationToken);
        return stream.Aggregate is { Status: not UserStatus.Deleted } ? stream : throw new NotFoundException("user", userId);
    }

    /// <summary>SPEC §2: the last enabled admin can be neither demoted, disabled nor deleted.</summary>
    public static async Task GuardLastAdminAsync(IQuerySession querySession, User target, bool staysEnabledAdmin, CancellationToken cancellationToken)
    {
        if (!target.IsEnabledAdmin || staysEnabledAdmin) return;
        var others = await querySession.Query<User>().CountAsync(user =>
            user.Id != target.Id && user.Status == UserStatus.Enabled && user.Roles.Contains(Contracts.RoleNames.Admin), cancellationToken);
        if (others == 0) throw new ConflictException("This is the last enabled admin. Make someone else an admin first.");
    }
}
