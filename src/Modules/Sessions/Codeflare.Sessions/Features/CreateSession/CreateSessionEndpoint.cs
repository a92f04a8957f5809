using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.Shared;
using Codeflare.Sessions.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.CreateSession;

internal static class CreateSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/sessions", async Task<Created<SessionView>> (CreateSessionRequest request, IMediator mediator, HttpContext http) =>
            {
                var command = new CreateSessionCommand(request.Name, request.Agent, request.Tier ?? SessionChoices.DefaultTier, request.PresetId);
                var session = await mediator.Send(command, http.RequestAborted);
                return TypedResults.Created($"/api/sessions/{session.Id}", session);
            })
            .RequireAuthorization(Permission.OwnSessions).RequireRateLimiting(SessionRateLimits.Policy).WithTags("Sessions");
}
