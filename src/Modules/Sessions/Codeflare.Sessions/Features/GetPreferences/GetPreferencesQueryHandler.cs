using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.GetPreferences;

internal sealed class GetPreferencesQueryHandler(IQuerySession querySession, RequestContext context) : IRequestHandler<GetPreferencesQuery, UserPreferences>
{
    public async Task<UserPreferences> Handle(GetPreferencesQuery query, CancellationToken cancellationToken)
    {
        var userId = context.UserId!.Value;
        return await querySession.LoadAsync<UserPreferences>(UserPreferences.StreamIdFor(userId), cancellationToken)
               ?? UserPreferences.DefaultsFor(userId);
    }
}
