using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Identity.Features.RevokeInvitation;

internal static class RevokeInvitationEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapIdCommand("DELETE", "/api/users/invitations/{id:guid}", id => new RevokeInvitationCommand(id)).RequireAuthorization(Permission.ManageUsers).WithTags("Users");
}
