using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.DeleteSession;

internal static class DeleteSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapIdCommand("DELETE", "/api/sessions/{id:guid}", id => new DeleteSessionCommand(id))
            .RequireAuthorization(Permission.OwnSessions).WithTags("Sessions");
}
