using Codeflare.BuildingBlocks.Events;
using Codeflare.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Codeflare.Host.Auth;

/// <summary>An endpoint refused for a missing permission is audited as <see cref="AccessDenied"/> before the 403.</summary>
internal sealed class AuditedAuthorizationResultHandler(TimeProvider clock) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler inner = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext http, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Forbidden)
        {
            var context = http.RequestServices.GetRequiredService<RequestContext>();
            var permission = http.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>()
                .Select(data => data.Policy).FirstOrDefault(name => name is not null && Permission.All.Contains(name)) ?? "(signed in)";
            await http.RequestServices.GetRequiredService<IAuditTrail>().RecordDenialAsync(
                new AccessDenied(context.UserId, permission, $"{http.Request.Method} {http.GetEndpoint()?.DisplayName}", clock.GetUtcNow()),
                http.RequestAborted);
        }
        await inner.HandleAsync(next, http, policy, result);
    }
}
