using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Domain;
using Marten;
using MediatR;

namespace Codeflare.Identity.Features.ListApiTokens;

internal sealed class ListApiTokensQueryHandler(IQuerySession querySession, RequestContext context)
    : IRequestHandler<ListApiTokensQuery, IReadOnlyList<ApiTokenSummary>>
{
    public async Task<IReadOnlyList<ApiTokenSummary>> Handle(ListApiTokensQuery query, CancellationToken cancellationToken)
    {
        var userId = context.UserId!.Value;
        var tokens = await querySession.Query<ApiToken>().Where(token => token.UserId == userId)
            .OrderByDescending(token => token.CreatedAt).ToListAsync(cancellationToken);
        var ids = tokens.Select(token => token.Id).ToArray();
        var usage = (await querySession.LoadManyAsync<ApiTokenUsage>(cancellationToken, ids)).ToDictionary(used => used.Id);
        return tokens.Select(token => new ApiTokenSummary(token.Id, token.Name, token.Scopes, token.CreatedAt, token.ExpiresAt,
            usage.GetValueOrDefault(token.Id)?.LastUsedAt, token.RevokedAt)).ToList();
    }
}
