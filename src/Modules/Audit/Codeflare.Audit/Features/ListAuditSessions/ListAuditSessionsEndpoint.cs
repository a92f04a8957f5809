using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Audit.Features.ListAuditSessions;

internal static class ListAuditSessionsEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit/sessions", async Task<Ok<AuditSessionPage>> (
                string? q, string? owner, string? cursor, string? limit, IMediator mediator, HttpContext http) =>
            TypedResults.Ok(await mediator.Send(new ListAuditSessionsQuery(q, owner, cursor, limit), http.RequestAborted)))
        .RequireAuthorization(Permission.ReadAudit)
        .WithTags("Audit");
}
