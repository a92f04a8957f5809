using Codeflare.Identity.Domain;
using Codeflare.Identity.Features.Shared;
using Marten;
using MediatR;

namespace Codeflare.Identity.Features.ListUsers;

internal sealed class ListUsersQueryHandler(IQuerySession querySession) : IRequestHandler<ListUsersQuery, IReadOnlyList<UserSummary>>
{
    public async Task<IReadOnlyList<UserSummary>> Handle(ListUsersQuery query, CancellationToken cancellationToken)
    {
        var users = await querySession.Query<User>().Where(user => user.Status != UserStatus.Deleted)
            .OrderBy(user => user.Email).ToListAsync(cancellationToken);
        return users.Select(UserSummary.From).ToList();
    }
}
