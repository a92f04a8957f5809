using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.RevokeApiToken;

internal static class RevokeApiTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/me/tokens/{id:guid}", async Task<NoContent> (Guid id, IMediator mediator, HttpContext http) =>
            {
                await mediator.Send(new RevokeApiTokenCommand(id), http.RequestAborted);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permission.OwnProfile).WithTags("Me");
}
