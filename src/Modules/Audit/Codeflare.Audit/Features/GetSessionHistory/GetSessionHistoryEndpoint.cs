using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Audit.Features.GetSessionHistory;

internal static class GetSessionHistoryEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/sessions/{id:guid}/history", async Task<Ok<SessionHistory>> (
                Guid id, string? cursor, string? limit, IMediator mediator, HttpContext http) =>
            TypedResults.Ok(await mediator.Send(new GetSessionHistoryQuery(id, cursor, limit), http.RequestAborted)))
        .RequireAuthorization(Permission.ReadAudit)
        .WithTags("Audit");
}
