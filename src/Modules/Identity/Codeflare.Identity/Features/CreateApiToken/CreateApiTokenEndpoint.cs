using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.CreateApiToken;

internal static class CreateApiTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/me/tokens", async Task<Created<CreatedApiToken>> (CreateApiTokenRequest request, IMediator mediator, HttpContext http) =>
            {
                var created = await mediator.Send(
                    new CreateApiTokenCommand(request.Name, request.Scopes ?? [], request.ExpiresInDays ?? 30), http.RequestAborted);
                return TypedResults.Created($"/api/me/tokens/{created.Id}", created);
            })
            .RequireAuthorization(Permission.OwnProfile).WithTags("Me");
}
