using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Domain;
using Marten;
using MediatR;

namespace Codeflare.Identity.Features.CreateApiToken;

internal sealed class CreateApiTokenCommandHandler(IDocumentSession documentSession, RequestContext context, TimeProvider clock)
    : IRequestHandler<CreateApiTokenCommand, CreatedApiToken>
{
    public Task<CreatedApiToken> Handle(CreateApiTokenCommand command, CancellationToken cancellationToken)
    {
        // A token never holds more than its creator (itself possibly a narrower token) holds now.
        var beyond = command.Scopes.Where(scope => !context.Has(scope)).ToList();
        if (beyond.Count > 0) throw new ForbiddenException($"You do not hold: {string.Join(", ", beyond)}.");

        var id = Guid.NewGuid();
        var secret = Secrets.New();
        var now = clock.GetUtcNow();
        var scopes = command.Scopes.Distinct().Order(StringComparer.Ordinal).ToList();
        var created = new ApiTokenCreated(id, context.UserId!.Value, command.Name, scopes, Secrets.Hash(secret), now.AddDays(command.ExpiresInDays), now);
        documentSession.Events.StartStream<ApiToken>(id, created);
        return Task.FromResult(new CreatedApiToken(id, command.Name, scopes, created.ExpiresAt, BearerSecret.Format(BearerSecret.ApiTokenPrefix, id, secret)));
    }
}
