using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.SavePreset;

internal static class SavePresetEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/me/presets", async Task<Created<Preset>> (SavePresetRequest request, IMediator mediator, HttpContext http) =>
            {
                var preset = await mediator.Send(new SavePresetCommand(null, request.Name, request.Agent, request.Tabs, request.Tiling), http.RequestAborted);
                return TypedResults.Created($"/api/me/presets/{preset.Id}", preset);
            })
            .RequireAuthorization(Permission.OwnProfile).WithTags("Me");
        app.MapPatch("/api/me/presets/{id:guid}", async Task<Ok<Preset>> (Guid id, SavePresetRequest request, IMediator mediator, HttpContext http) =>
                TypedResults.Ok(await mediator.Send(new SavePresetCommand(id, request.Name, request.Agent, request.Tabs, request.Tiling), http.RequestAborted)))
            .RequireAuthorization(Permission.OwnProfile).WithTags("Me");
    }
}
