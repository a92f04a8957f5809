using Codeflare.Identity.Contracts;
using Codeflare.Identity.Domain;
using Marten;
using MediatR;

namespace Codeflare.Identity.Features.GetSignedInUser;

internal sealed class GetSignedInUserQueryHandler(IQuerySession querySession) : IRequestHandler<GetSignedInUserQuery, SignedInUser?>
{
    public async Task<SignedInUser?> Handle(GetSignedInUserQuery query, CancellationToken cancellationToken)
    {
        var user = await querySession.LoadAsync<User>(query.UserId, cancellationToken);
        return user is { IsEnabled: true }
            ? new SignedInUser(user.Id, user.Email, user.Roles, RolePermissions.Of(user.Roles), user.SecurityStamp)
            : null;
    }
}
