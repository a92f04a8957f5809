using Codeflare.BuildingBlocks.Errors;
using Codeflare.Identity.Domain;
using Codeflare.Identity.Features.Shared;
using Marten;
using MediatR;

namespace Codeflare.Identity.Features.GetUser;

internal sealed class GetUserQueryHandler(IQuerySession querySession) : IRequestHandler<GetUserQuery, UserSummary>
{
    public async Task<UserSummary> Handle(GetUserQuery query, CancellationToken cancellationToken) =>
        await querySession.LoadAsync<User>(query.UserId, cancellationToken) is { Status: not UserStatus.Deleted } user
            ? UserSummary.From(user)
            : throw new NotFoundException("user", query.UserId);
}
