using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.GetPreferences;

internal static class GetPreferencesEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapQuery("/api/me/preferences", () => new GetPreferencesQuery()).RequireAuthorization(Permission.OwnProfile).WithTags("Me");
}
