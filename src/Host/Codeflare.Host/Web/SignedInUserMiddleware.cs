using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Contracts;

namespace Codeflare.Host.Web;

/// <summary>After authentication: the validated principal becomes the request context's actor and permissions.</summary>
internal sealed class SignedInUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http, RequestContext context)
    {
        if (http.User.FindFirst(IdentityClaims.UserId)?.Value is { } id && Guid.TryParse(id, out var userId))
            context.SignIn(userId, http.User.FindAll(IdentityClaims.Permission).Select(claim => claim.Value));
        return next(http);
    }
}
