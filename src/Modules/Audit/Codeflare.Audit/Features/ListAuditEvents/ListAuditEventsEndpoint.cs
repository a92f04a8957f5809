using Codeflare.Audit.Contracts;
using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Audit.Features.ListAuditEvents;

internal static class ListAuditEventsEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit", async Task<Ok<AuditPage>> (
                string? type, string? actor, DateTimeOffset? from, DateTimeOffset? to, long? cursor, int? limit, string? order,
                IMediator mediator, HttpContext http) =>
            {
                var direction = string.Equals(order, "oldest", StringComparison.OrdinalIgnoreCase) ? AuditOrder.Oldest : AuditOrder.Newest;
                var query = new ListAuditEventsQuery(type, actor, from, to, cursor, limit ?? 100, direction);
                return TypedResults.Ok(await mediator.Send(query, http.RequestAborted));
            })
        .RequireAuthorization(Permission.ReadAudit)
        .WithTags("Audit");
}
