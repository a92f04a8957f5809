using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Storage.Features.PreviewFile;

internal static class PreviewFileEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/files/preview", async Task<Ok<FilePreview>> (string? path, IMediator mediator, HttpContext http) =>
                TypedResults.Ok(await mediator.Send(new PreviewFileQuery(path), http.RequestAborted)))
            .RequireAuthorization(Permission.OwnFiles).WithTags("Files");
}
