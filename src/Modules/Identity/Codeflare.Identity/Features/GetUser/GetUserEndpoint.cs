using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.GetUser;

internal static class GetUserEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapIdQuery("/api/users/{id:guid}", id => new GetUserQuery(id)).RequireAuthorization(Permission.ManageUsers).WithTags("Users");
}
