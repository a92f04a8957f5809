using Codeflare.BuildingBlocks.Security;
using Codeflare.Storage.Features.Shared;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Storage.Features.CompleteUpload;

internal static class CompleteUploadEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/files/uploads/{id:guid}/complete", async Task<Created<StoredFile>> (Guid id, IMediator mediator, HttpContext http) =>
            {
                var stored = await mediator.Send(new CompleteUploadCommand(id), http.RequestAborted);
                return TypedResults.Created($"/api/files/content?path={Uri.EscapeDataString(stored.Path)}", stored);
            })
            .RequireAuthorization(Permission.OwnFiles).WithTags("Files");
}
