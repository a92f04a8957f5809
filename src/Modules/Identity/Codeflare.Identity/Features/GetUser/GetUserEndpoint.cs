using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.GetUser;

internal static class GetUserEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/users/{id:guid}", async (Guid id, IMediator mediator, HttpContext http) =>
                TypedResults.Ok(await mediator.Send(new GetUserQuery(id), http.RequestAborted)))
            .RequireAuthorization(Permission.ManageUsers).WithTags("Users");
}
