using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Storage.Features.DeleteFiles;

internal static class DeleteFilesEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/files", async Task<NoContent> (string? path, bool? recursive, IMediator mediator, HttpContext http) =>
            {
                await mediator.Send(new DeleteFilesCommand(path, recursive ?? false), http.RequestAborted);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permission.OwnFiles).WithTags("Files");
}
