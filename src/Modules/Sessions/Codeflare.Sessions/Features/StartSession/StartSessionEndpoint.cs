using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Codeflare.Sessions.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.StartSession;

internal static class StartSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapIdAccepted("/api/sessions/{id:guid}/start", id => new StartSessionCommand(id), id => $"/api/sessions/{id}/status")
            .RequireAuthorization(Permission.OwnSessions).RequireRateLimiting(SessionRateLimits.Policy).WithTags("Sessions");
}
