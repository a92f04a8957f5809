using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.ChangePreferences;

internal static class ChangePreferencesEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/me/preferences", async Task<Ok<UserPreferences>> (ChangePreferencesCommand command, IMediator mediator, HttpContext http) =>
                TypedResults.Ok(await mediator.Send(command, http.RequestAborted)))
            .RequireAuthorization(Permission.OwnProfile).WithTags("Me");
}
