using Codeflare.BuildingBlocks.Security;
using Codeflare.Storage.Features.Shared;
using Codeflare.Storage.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.Features.UploadPart;

internal static class UploadPartEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/api/files/uploads/{id:guid}/parts/{number:int}",
                async Task<Ok<UploadedPart>> (Guid id, int number, IMediator mediator, HttpContext http, IOptions<StorageOptions> options) =>
                    TypedResults.Ok(await mediator.Send(new UploadPartCommand(id, number, RequestBodies.Allow(http, options.Value.MaxPartBytes)),
                        http.RequestAborted)))
            .RequireAuthorization(Permission.OwnFiles).RequireRateLimiting(StorageRateLimits.Policy).WithTags("Files");
}
