using Codeflare.BuildingBlocks.Security;
using Codeflare.Storage.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Storage.Features.StartUpload;

internal static class StartUploadEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/files/uploads", async Task<Created<UploadStarted>> (StartUploadCommand command, IMediator mediator, HttpContext http) =>
            {
                var started = await mediator.Send(command, http.RequestAborted);
                return TypedResults.Created($"/api/files/uploads/{started.Id}", started);
            })
            .RequireAuthorization(Permission.OwnFiles).RequireRateLimiting(StorageRateLimits.Policy).WithTags("Files");
}
