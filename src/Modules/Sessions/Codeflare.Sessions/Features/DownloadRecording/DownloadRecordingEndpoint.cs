using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.DownloadRecording;

/// <summary>Streams the parts joined in order; one <c>Range</c> is answered by ASP.NET over the seekable parts stream.</summary>
internal static class DownloadRecordingEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/recordings/{id:guid}", async (Guid id, IMediator mediator, HttpContext http) =>
            {
                var range = http.Request.Headers.Range.ToString() is { Length: > 0 } header ? header : null;
                var content = await mediator.Send(new DownloadRecordingQuery(id, range), http.RequestAborted);
                // Terminal output is the container's (an attacker's) bytes: never a page of this origin.
                http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
                http.Response.Headers.XContentTypeOptions = "nosniff";
                return Results.Stream(content.Body, "application/x-asciicast", content.FileName, enableRangeProcessing: true);
            })
            .RequireAuthorization(Permission.ReadAudit).WithTags("Recordings");
}
