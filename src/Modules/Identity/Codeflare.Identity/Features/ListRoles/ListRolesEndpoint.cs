using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.ListRoles;

internal static class ListRolesEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapQuery("/api/roles", () => new ListRolesQuery()).RequireAuthorization().WithTags("Users");
}
