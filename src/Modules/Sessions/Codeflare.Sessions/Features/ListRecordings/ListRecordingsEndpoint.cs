using Codeflare.BuildingBlocks.Security;
using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Sessions.Features.ListRecordings;

internal static class ListRecordingsEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapIdQuery("/api/sessions/{id:guid}/recordings", id => new ListRecordingsQuery(id)).RequireAuthorization(Permission.ReadAudit).WithTags("Recordings");
}
