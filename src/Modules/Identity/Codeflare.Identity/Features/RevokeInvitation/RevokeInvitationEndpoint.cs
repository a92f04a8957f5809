using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.RevokeInvitation;

internal static class RevokeInvitationEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/users/invitations/{id:guid}", async Task<NoContent> (Guid id, IMediator mediator, HttpContext http) =>
            {
                await mediator.Send(new RevokeInvitationCommand(id), http.RequestAborted);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permission.ManageUsers).WithTags("Users");
}
