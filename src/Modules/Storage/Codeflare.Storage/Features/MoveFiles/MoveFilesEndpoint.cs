using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Storage.Features.MoveFiles;

internal static class MoveFilesEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/files/move", async Task<NoContent> (MoveFilesCommand command, IMediator mediator, HttpContext http) =>
            {
                await mediator.Send(command, http.RequestAborted);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Permission.OwnFiles).WithTags("Files");
}
