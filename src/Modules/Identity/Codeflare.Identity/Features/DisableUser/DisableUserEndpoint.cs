using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.DisableUser;

internal static class DisableUserEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapIdCommand("POST", "/api/users/{id:guid}/disable", id => new DisableUserCommand(id)).RequireAuthorization(Permission.ManageUsers).WithTags("Users");
}
