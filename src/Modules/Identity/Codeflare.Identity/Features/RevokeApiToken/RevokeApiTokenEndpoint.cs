using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.RevokeApiToken;

internal static class RevokeApiTokenEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapIdCommand("DELETE", "/api/me/tokens/{id:guid}", id => new RevokeApiTokenCommand(id)).RequireAuthorization(Permission.OwnProfile).WithTags("Me");
}
