using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.DisableUser;

internal static class DisableUserEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/users/{id:guid}/disable", async Task<NoContent> (Guid id, IMediator mediator, HttpContext http) =>
            {
                await mediator.Send(new DisableUserCommand(id), http.RequestAborted);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permission.ManageUsers).WithTags("Users");
}
