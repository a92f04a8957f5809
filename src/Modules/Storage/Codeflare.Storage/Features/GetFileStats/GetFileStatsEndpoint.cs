using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Storage.Features.GetFileStats;

internal static class GetFileStatsEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapQuery("/api/files/stats", () => new GetFileStatsQuery()).RequireAuthorization(Permission.OwnFiles).WithTags("Files");
}
