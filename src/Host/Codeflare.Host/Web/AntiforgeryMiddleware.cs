using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Codeflare.Host.Web;

/// <summary>
/// SPEC §14: a script-readable <c>XSRF-TOKEN</c> cookie is set on sign-in and on <c>GET /api/me</c>, and every
/// cookie-authenticated unsafe request must echo it in <c>X-XSRF-TOKEN</c>. Bearer-token requests need not.
/// </summary>
internal sealed class AntiforgeryMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    public const string HeaderName = "X-XSRF-TOKEN";
    public const string CookieName = "XSRF-TOKEN";

    public async Task InvokeAsync(HttpContext http)
    {
        // Signing in is exempt: a stale but valid cookie must not block a new sign-in, and SameSite=Strict covers login CSRF.
        // The hub is exempt too: a WebSocket cannot carry the header; its Origin is checked instead (HubOriginMiddleware).
        if (IsUnsafe(http.Request.Method) && !IsSignIn(http.Request) && !HubOriginMiddleware.IsHub(http.Request)
            && http.User.Identity is { IsAuthenticated: true, AuthenticationType: CookieAuthenticationDefaults.AuthenticationScheme })
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                await Problems.WriteAsync(http, 400, "antiforgery_failed",
                    $"Send the value of the {CookieName} cookie in the {HeaderName} header.");
                return;
            }
        }
        if (IssuesToken(http.Request)) http.Response.OnStarting(() => IssueAsync(http));
        await next(http);
    }

    private Task IssueAsync(HttpContext http)
    {
        if (http.Response.StatusCode < 300 && http.User.Identity?.IsAuthenticated == true)
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            http.Response.Cookies.Append(CookieName, tokens.RequestToken!, new CookieOptions
            {
                HttpOnly = false, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/",
            });
        }
        return Task.CompletedTask;
    }

    private static bool IsSignIn(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals("/api/auth/login", StringComparison.OrdinalIgnoreCase);

    private static bool IssuesToken(HttpRequest request) =>
        IsSignIn(request) || (HttpMethods.IsGet(request.Method) && request.Path.Equals("/api/me", StringComparison.OrdinalIgnoreCase));

    private static bool IsUnsafe(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));
}
