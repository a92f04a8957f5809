using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.AcceptInvitation;

internal static class AcceptInvitationEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/invitations/accept", async Task<NoContent> (AcceptInvitationRequest request, IMediator mediator, HttpContext http) =>
            {
                await mediator.Send(new AcceptInvitationCommand(request.Token, request.Password), http.RequestAborted);
                return TypedResults.NoContent();
            })
            .AllowAnonymous().WithTags("Users");
}
