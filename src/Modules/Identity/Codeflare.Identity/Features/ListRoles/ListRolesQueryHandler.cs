using Codeflare.Identity.Contracts;
using Codeflare.Identity.Domain;
using MediatR;

namespace Codeflare.Identity.Features.ListRoles;

internal sealed class ListRolesQueryHandler : IRequestHandler<ListRolesQuery, IReadOnlyList<RoleDescription>>
{
    public Task<IReadOnlyList<RoleDescription>> Handle(ListRolesQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RoleDescription>>(
            RoleNames.All.Select(role => new RoleDescription(role, RolePermissions.Of([role]))).ToList());
}
