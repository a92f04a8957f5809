using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.ListApiTokens;

internal static class ListApiTokensEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/me/tokens", async (IMediator mediator, HttpContext http) =>
                TypedResults.Ok(await mediator.Send(new ListApiTokensQuery(), http.RequestAborted)))
            .RequireAuthorization(Permission.OwnProfile).WithTags("Me");
}
