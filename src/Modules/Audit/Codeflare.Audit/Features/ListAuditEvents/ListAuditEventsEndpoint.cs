using Codeflare.Audit.Contracts;
using Codeflare.Audit.Filtering;
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
                [AsParameters] AuditFilterArguments filter, [AsParameters] AuditPaging paging, IMediator mediator, HttpContext http) =>
            TypedResults.Ok(await mediator.Send(new ListAuditEventsQuery(filter, paging), http.RequestAborted)))
        .RequireAuthorization(Permission.ReadAudit)
        .WithTags("Audit");
}
