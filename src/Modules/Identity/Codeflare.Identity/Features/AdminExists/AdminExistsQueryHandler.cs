using Codeflare.Identity.Contracts;
using Codeflare.Identity.Domain;
using Marten;
using MediatR;

namespace Codeflare.Identity.Features.AdminExists;

internal sealed class AdminExistsQueryHandler(IQuerySession querySession) : IRequestHandler<AdminExistsQuery, bool>
{
    public Task<bool> Handle(AdminExistsQuery query, CancellationToken cancellationToken) =>
        querySession.Query<User>().AnyAsync(
            user => user.Status == UserStatus.Enabled && user.Roles.Contains(RoleNames.Admin), cancellationToken);
}
