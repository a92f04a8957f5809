using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.UpdateSession;

internal static class UpdateSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/sessions/{id:guid}", async Task<NoContent> (Guid id, UpdateSessionRequest request, IMediator mediator, HttpContext http) =>
            {
                await mediator.Send(new UpdateSessionCommand(id, request.Name, request.Tabs, request.Tiling), http.RequestAborted);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permission.OwnSessions).WithTags("Sessions");
}
