using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Setup.Features.GetSetupStatus;

internal static class GetSetupStatusEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapQuery("/api/setup/status", () => new GetSetupStatusQuery()).AllowAnonymous().WithTags("Setup");
}
