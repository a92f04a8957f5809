using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.DeleteUser;

internal static class DeleteUserEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapIdCommand("DELETE", "/api/users/{id:guid}", id => new DeleteUserCommand(id)).RequireAuthorization(Permission.ManageUsers).WithTags("Users");
}
