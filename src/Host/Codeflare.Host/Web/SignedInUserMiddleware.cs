using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Contracts;

namespace Codeflare.Host.Web;

/// <summary>After authentication: the validated principal becomes the request context's actor and permissions.</summary>
internal sealed class SignedInUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http, RequestContext context)
    {
        context.SignInFrom(http.User);
        return next(http);
    }
}
