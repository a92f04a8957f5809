using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Domain;
using Marten;
using MediatR;

namespace Codeflare.Identity.Features.RevokeApiToken;

internal sealed class RevokeApiTokenCommandHandler(IDocumentSession documentSession, RequestContext context, TimeProvider clock)
    : IRequestHandler<RevokeApiTokenCommand, Unit>
{
    public async Task<Unit> Handle(RevokeApiTokenCommand command, CancellationToken cancellationToken)
    {
        var stream = await documentSession.Events.FetchForWriting<ApiToken>(command.TokenId, cancellationToken);
        // Someone else's token is reported as missing, so ids cannot be probed.
        if (stream.Aggregate is not { } token || token.UserId != context.UserId) throw new NotFoundException("token", command.TokenId);
        if (token.RevokedAt is null) stream.AppendOne(new ApiTokenRevoked(token.Id, token.UserId, clock.GetUtcNow()));
        return Unit.Value;
    }
}
