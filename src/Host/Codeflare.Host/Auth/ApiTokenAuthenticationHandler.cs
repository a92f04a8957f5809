using System.Security.Claims;
using System.Text.Encodings.Web;
using Codeflare.Host.Web;
using Codeflare.Identity.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Codeflare.Host.Auth;

/// <summary><c>Authorization: Bearer cf_pat_…</c>: a personal access token, with its scopes as permissions.</summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IMediator mediator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var user = await mediator.Send(new AuthenticateApiTokenCommand(header["Bearer ".Length..].Trim()), Context.RequestAborted);
        if (user is null) return AuthenticateResult.Fail("The token is unknown, expired or revoked.");
        Claim[] claims =
        [
            new(IdentityClaims.UserId, user.Id.ToString()),
            .. user.Permissions.Select(permission => new Claim(IdentityClaims.Permission, permission)),
        ];
        return AuthenticateResult.Success(new AuthenticationTicket(
            new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, IdentityClaims.UserId, null)), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Problems.WriteAsync(Context, 401, "unauthorized", "The token is missing, unknown, expired or revoked.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.WriteAsync(Context, 403, "forbidden", "The token's scopes do not allow this.");
}
