using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.GetSession;

internal static class GetSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapIdQuery("/api/sessions/{id:guid}", id => new GetSessionQuery(id)).RequireAuthorization(Permission.OwnSessions).WithTags("Sessions");
}
