using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.StopSession;

internal static class StopSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapIdAccepted("/api/sessions/{id:guid}/stop", id => new StopSessionCommand(id), id => $"/api/sessions/{id}/status")
            .RequireAuthorization(Permission.OwnSessions).WithTags("Sessions");
}
