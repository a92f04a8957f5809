using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Features.SignIn;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.ChangePassword;

internal static class ChangePasswordEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/me/password", async Task<NoContent> (
                ChangePasswordRequest request, IMediator mediator, RequestContext context, HttpContext http) =>
            {
                var stamp = await mediator.Send(new ChangePasswordCommand(request.CurrentPassword, request.NewPassword), http.RequestAborted);
                // Every other sign-in of this user ends with the old stamp; this browser keeps going with the new one.
                if (SignInCookie.IsCookieSignIn(http)) await SignInCookie.IssueAsync(http, context.UserId!.Value, stamp);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permission.OwnProfile).WithTags("Me");
}
