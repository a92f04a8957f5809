using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.DeletePreset;

internal static class DeletePresetEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapIdCommand("DELETE", "/api/me/presets/{id:guid}", id => new DeletePresetCommand(id)).RequireAuthorization(Permission.OwnProfile).WithTags("Me");
}
