using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Storage.Features.AbortUpload;

internal static class AbortUploadEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapIdCommand("DELETE", "/api/files/uploads/{id:guid}", id => new AbortUploadCommand(id))
            .RequireAuthorization(Permission.OwnFiles).WithTags("Files");
}
