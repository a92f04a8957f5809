using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.SignIn;

internal static class SignInEndpoint
{
    public const string RateLimitPolicy = "sign-in";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/login", async Task<NoContent> (SignInRequest request, IMediator mediator, HttpContext http) =>
            {
                var user = await mediator.Send(new SignInCommand(request.Email, request.Password), http.RequestAborted);
                await SignInCookie.IssueAsync(http, user.Id, user.SecurityStamp);
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy)
            .WithTags("Auth");
}
