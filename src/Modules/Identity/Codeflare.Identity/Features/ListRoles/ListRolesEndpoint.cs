using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.ListRoles;

internal static class ListRolesEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/roles", async (IMediator mediator, HttpContext http) =>
                TypedResults.Ok(await mediator.Send(new ListRolesQuery(), http.RequestAborted)))
            .RequireAuthorization().WithTags("Users");
}
