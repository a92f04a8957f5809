using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Storage.Features.ListFiles;

internal static class ListFilesEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/files", async Task<Ok<FileListing>> (string? path, string? cursor, IMediator mediator, HttpContext http) =>
                TypedResults.Ok(await mediator.Send(new ListFilesQuery(path ?? "", cursor), http.RequestAborted)))
            .RequireAuthorization(Permission.OwnFiles).WithTags("Files");
}
