using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.GetSession;

internal static class GetSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/sessions/{id:guid}", async (Guid id, IMediator mediator, HttpContext http) =>
                TypedResults.Ok(await mediator.Send(new GetSessionQuery(id), http.RequestAborted)))
            .RequireAuthorization(Permission.OwnSessions).WithTags("Sessions");
}
