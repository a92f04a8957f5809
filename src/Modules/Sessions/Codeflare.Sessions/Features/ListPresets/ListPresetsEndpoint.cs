using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.ListPresets;

internal static class ListPresetsEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapQuery("/api/me/presets", () => new ListPresetsQuery()).RequireAuthorization(Permission.OwnProfile).WithTags("Me");
}
