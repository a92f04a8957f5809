using Codeflare.Setup.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Setup.Features.GetSetupStatus;

internal static class GetSetupStatusEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/setup/status", async Task<Ok<SetupStatus>> (IMediator mediator, HttpContext http) =>
            TypedResults.Ok(await mediator.Send(new GetSetupStatusQuery(), http.RequestAborted)))
        .AllowAnonymous()
        .WithTags("Setup");
}
