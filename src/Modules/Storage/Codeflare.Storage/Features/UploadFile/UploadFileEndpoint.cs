using Codeflare.BuildingBlocks.Security;
using Codeflare.Storage.Features.Shared;
using Codeflare.Storage.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.Features.UploadFile;

internal static class UploadFileEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/api/files/content", async Task<Created<StoredFile>> (string? path, IMediator mediator, HttpContext http, IOptions<StorageOptions> options) =>
            {
                var body = RequestBodies.Allow(http, options.Value.MaxUploadBytes);
                var stored = await mediator.Send(new UploadFileCommand(path, body, http.Request.ContentType), http.RequestAborted);
                return TypedResults.Created($"/api/files/content?path={Uri.EscapeDataString(stored.Path)}", stored);
            })
            .RequireAuthorization(Permission.OwnFiles).RequireRateLimiting(StorageRateLimits.Policy).WithTags("Files");
}
