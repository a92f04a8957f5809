using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.EnableUser;

internal static class EnableUserEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapIdCommand("POST", "/api/users/{id:guid}/enable", id => new EnableUserCommand(id)).RequireAuthorization(Permission.ManageUsers).WithTags("Users");
}
