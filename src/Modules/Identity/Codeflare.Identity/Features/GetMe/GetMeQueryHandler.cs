using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Domain;
using Marten;
using MediatR;

namespace Codeflare.Identity.Features.GetMe;

internal sealed class GetMeQueryHandler(IQuerySession querySession, RequestContext context) : IRequestHandler<GetMeQuery, MeResponse>
{
    public async Task<MeResponse> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var user = await querySession.LoadAsync<User>(context.UserId!.Value, cancellationToken)
            ?? throw new NotFoundException("user", context.UserId);
        return new MeResponse(user.Id, user.Email, user.Roles, RolePermissions.Of(user.Roles));
    }
}
