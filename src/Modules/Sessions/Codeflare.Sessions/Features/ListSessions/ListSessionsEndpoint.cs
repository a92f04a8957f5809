using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.ListSessions;

internal static class ListSessionsEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapQuery("/api/sessions", () => new ListSessionsQuery()).RequireAuthorization(Permission.OwnSessions).WithTags("Sessions");
}
