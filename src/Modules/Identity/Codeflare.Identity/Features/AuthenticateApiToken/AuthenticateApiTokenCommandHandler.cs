using Codeflare.Identity.Contracts;
using Codeflare.Identity.Domain;
using Marten;
using MediatR;

namespace Codeflare.Identity.Features.AuthenticateApiToken;

internal sealed class AuthenticateApiTokenCommandHandler(IDocumentSession documentSession, TimeProvider clock)
    : IRequestHandler<AuthenticateApiTokenCommand, SignedInUser?>
{
    private static readonly TimeSpan UsageResolution = TimeSpan.FromMinutes(1);

    public async Task<SignedInUser?> Handle(AuthenticateApiTokenCommand command, CancellationToken cancellationToken)
    {
        if (!BearerSecret.TryParse(BearerSecret.ApiTokenPrefix, command.Token, out var tokenId, out var secret)) return null;
        var now = clock.GetUtcNow();
        var token = await documentSession.LoadAsync<ApiToken>(tokenId, cancellationToken);
        if (token is null || !token.IsActive(now) || !Secrets.Matches(secret, token.SecretHash)) return null;
        var user = await documentSession.LoadAsync<User>(token.UserId, cancellationToken);
        if (user is not { IsEnabled: true }) return null;

        await RecordUseAsync(token, now, cancellationToken);
        // Scopes were a subset of the holder's permissions when created; roles may have shrunk since.
        var permissions = RolePermissions.Of(user.Roles).Intersect(token.Scopes).ToList();
        return new SignedInUser(user.Id, user.Email, user.Roles, permissions, user.SecurityStamp);
    }

    private async Task RecordUseAsync(ApiToken token, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!token.Used) documentSession.Events.Append(token.Id, new ApiTokenFirstUsed(token.Id, token.UserId, now));
        var usage = await documentSession.LoadAsync<ApiTokenUsage>(token.Id, cancellationToken);
        if (usage is null || now - usage.LastUsedAt >= UsageResolution) documentSession.Store(new ApiTokenUsage(token.Id, now));
    }
}
