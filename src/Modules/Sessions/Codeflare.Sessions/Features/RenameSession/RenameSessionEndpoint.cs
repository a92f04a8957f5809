using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.RenameSession;

internal static class RenameSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/sessions/{id:guid}", async Task<NoContent> (Guid id, RenameSessionRequest request, IMediator mediator, HttpContext http) =>
            {
                await mediator.Send(new RenameSessionCommand(id, request.Name), http.RequestAborted);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permission.OwnSessions).WithTags("Sessions");
}
