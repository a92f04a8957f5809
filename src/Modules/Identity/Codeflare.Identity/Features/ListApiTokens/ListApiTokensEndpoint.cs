using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.ListApiTokens;

internal static class ListApiTokensEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapQuery("/api/me/tokens", () => new ListApiTokensQuery()).RequireAuthorization(Permission.OwnProfile).WithTags("Me");
}
