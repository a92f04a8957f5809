using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.GetMe;

internal static class GetMeEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/me", async Task<Ok<MeResponse>> (IMediator mediator, HttpContext http) =>
            TypedResults.Ok(await mediator.Send(new GetMeQuery(), http.RequestAborted)))
        .RequireAuthorization()
        .WithTags("Me");
}
