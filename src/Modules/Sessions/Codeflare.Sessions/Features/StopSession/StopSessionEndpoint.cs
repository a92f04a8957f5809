using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Features.Shared;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.StopSession;

internal static class StopSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/sessions/{id:guid}/stop", async Task<Accepted<SessionView>> (Guid id, IMediator mediator, HttpContext http) =>
                TypedResults.Accepted($"/api/sessions/{id}/status", await mediator.Send(new StopSessionCommand(id), http.RequestAborted)))
            .RequireAuthorization(Permission.OwnSessions).WithTags("Sessions");
}
