using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.GetSessionStatus;

internal static class GetSessionStatusEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapIdQuery("/api/sessions/{id:guid}/status", id => new GetSessionStatusQuery(id))
            .RequireAuthorization(Permission.OwnSessions).WithTags("Sessions");
}
