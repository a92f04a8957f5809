using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.ListSessionStatuses;

internal static class ListSessionStatusesEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapQuery("/api/sessions/status", () => new ListSessionStatusesQuery())
            .RequireAuthorization(Permission.OwnSessions).WithTags("Sessions");
}
