using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Codeflare.Host.Auth;

internal static class CodeflareAuthentication
{
    private const string SelectorScheme = "CookieOrToken";

    /// <summary>
    /// Browsers sign in with a cookie, scripts with a bearer token; each request uses the one it carries.
    /// Every permission is also an authorization policy of the same name, for endpoints to require.
    /// </summary>
    public static IServiceCollection AddCodeflareAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "cookie or bearer token", options => options.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(CookieAuthentication.Configure)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(options =>
        {
            foreach (var permission in Permission.All)
                options.AddPolicy(permission, policy => policy.RequireAuthenticatedUser().RequireClaim(IdentityClaims.Permission, permission));
        });
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResultHandler>();
        return services;
    }
}
