using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Features.Shared;
using Codeflare.Sessions.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.StartSession;

internal static class StartSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/sessions/{id:guid}/start", async Task<Accepted<SessionView>> (Guid id, IMediator mediator, HttpContext http) =>
                TypedResults.Accepted($"/api/sessions/{id}/status", await mediator.Send(new StartSessionCommand(id), http.RequestAborted)))
            .RequireAuthorization(Permission.OwnSessions).RequireRateLimiting(SessionRateLimits.Policy).WithTags("Sessions");
}
