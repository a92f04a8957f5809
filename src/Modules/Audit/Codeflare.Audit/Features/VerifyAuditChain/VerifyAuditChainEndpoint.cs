using Codeflare.Audit.Chain;
using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Audit.Features.VerifyAuditChain;

internal static class VerifyAuditChainEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit/verify", async Task<Ok<ChainVerification>> (IMediator mediator, HttpContext http) =>
                TypedResults.Ok(await mediator.Send(new VerifyAuditChainQuery(), http.RequestAborted)))
        .RequireAuthorization(Permission.ReadAudit)
        .WithTags("Audit");
}
