using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.ListUsers;

internal static class ListUsersEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/users", async (IMediator mediator, HttpContext http) =>
                TypedResults.Ok(await mediator.Send(new ListUsersQuery(), http.RequestAborted)))
            .RequireAuthorization(Permission.ManageUsers).WithTags("Users");
}
