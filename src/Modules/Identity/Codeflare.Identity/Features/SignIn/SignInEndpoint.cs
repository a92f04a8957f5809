using System.Security.Claims;
using Codeflare.Identity.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.SignIn;

internal static class SignInEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/login", async Task<NoContent> (SignInRequest request, IMediator mediator, HttpContext http) =>
        {
            var user = await mediator.Send(new SignInCommand(request.Email, request.Password), http.RequestAborted);
            var identity = new ClaimsIdentity(
                [new Claim(IdentityClaims.UserId, user.Id.ToString()), new Claim(IdentityClaims.SecurityStamp, user.SecurityStamp.ToString())],
                CookieAuthenticationDefaults.AuthenticationScheme, IdentityClaims.UserId, null);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            return TypedResults.NoContent();
        })
        .AllowAnonymous()
        .WithTags("Auth");
}
