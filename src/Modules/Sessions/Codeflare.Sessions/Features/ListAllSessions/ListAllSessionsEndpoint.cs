using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.ListAllSessions;

internal static class ListAllSessionsEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapQuery("/api/admin/sessions", () => new ListAllSessionsQuery()).RequireAuthorization(Permission.ManageAnySession).WithTags("Sessions");
}
