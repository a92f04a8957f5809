using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.ReplaceUserRoles;

internal static class ReplaceUserRolesEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/api/users/{id:guid}/roles", async Task<NoContent> (Guid id, ReplaceUserRolesRequest request, IMediator mediator, HttpContext http) =>
            {
                await mediator.Send(new ReplaceUserRolesCommand(id, request.Roles ?? []), http.RequestAborted);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permission.ManageUsers).WithTags("Users");
}
