using Codeflare.Audit.Filtering;
using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Codeflare.Audit.Features.ExportAuditEvents;

internal static class ExportAuditEventsEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit/export", async ([AsParameters] AuditFilterArguments filter, string? format, IMediator mediator, HttpContext http) =>
            {
                var export = await mediator.Send(new ExportAuditEventsQuery(filter, format), http.RequestAborted);
                http.Response.ContentType = export.ContentType;
                http.Response.Headers[HeaderNames.ContentDisposition] =
                    new ContentDispositionHeaderValue("attachment") { FileName = export.FileName }.ToString();
                await export.WriteAsync(http.Response.BodyWriter, http.RequestAborted);
            })
        .RequireAuthorization(Permission.ReadAudit)
        .WithTags("Audit");
}
