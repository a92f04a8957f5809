using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Codeflare.Storage.Features.DownloadFile;

/// <summary>
/// Streams a file, honouring one <c>Range</c>. A user's file is never rendered as a page of this origin: it is
/// always an attachment, sandboxed, and typed as itself only when it is a raster image (for previews).
/// </summary>
internal static class DownloadFileEndpoint
{
    private static readonly HashSet<string> InlineTypes = ["image/png", "image/jpeg", "image/gif", "image/webp"];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/files/content", async (string? path, IMediator mediator, HttpContext http) =>
            {
                var range = http.Request.Headers.Range.ToString() is { Length: > 0 } header && !header.Contains(',') ? header : null;
                var content = await mediator.Send(new DownloadFileQuery(path, range), http.RequestAborted);
                await using var body = content.Body;
                var response = http.Response;
                response.StatusCode = content.Partial ? StatusCodes.Status206PartialContent : StatusCodes.Status200OK;
                response.ContentType = InlineTypes.Contains(content.ContentType) ? content.ContentType : "application/octet-stream";
                response.ContentLength = content.Length;
                response.Headers.AcceptRanges = "bytes";
                response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
                if (content.ContentRange is { } contentRange) response.Headers.ContentRange = contentRange;
                if (content.ETag is { } etag) response.Headers.ETag = etag;
                if (content.LastModified is { } modified) response.Headers.LastModified = modified.ToString("R");
                response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
                {
                    FileNameStar = path![(path!.LastIndexOf('/') + 1)..],
                }.ToString();
                await body.CopyToAsync(response.Body, http.RequestAborted);
            })
            .RequireAuthorization(Permission.OwnFiles).WithTags("Files");
}
