using System.Security.Claims;
using Codeflare.Host.Web;
using Codeflare.Identity.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Codeflare.Host.Auth;

internal static class CookieAuthentication
{
    public const string CookieName = "codeflare.auth";

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(12);
        options.SlidingExpiration = true;
        options.Events.OnValidatePrincipal = ValidateAsync;
        options.Events.OnRedirectToLogin = context => Problems.WriteAsync(context.HttpContext, 401, "unauthorized", "Sign in first.");
        options.Events.OnRedirectToAccessDenied = context => Problems.WriteAsync(context.HttpContext, 403, "forbidden", "You may not do this.");
    }

    /// <summary>
    /// Every request re-reads the user: a disabled user or a changed password (new security stamp) ends
    /// the cookie at once, and permissions always follow the current roles.
    /// </summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal!;
        var stamp = principal.FindFirst(IdentityClaims.SecurityStamp)?.Value;
        var user = Guid.TryParse(principal.FindFirst(IdentityClaims.UserId)?.Value, out var userId)
            ? await context.HttpContext.RequestServices.GetRequiredService<IMediator>()
                .Send(new GetSignedInUserQuery(userId), context.HttpContext.RequestAborted)
            : null;
        if (user is null || user.SecurityStamp.ToString() != stamp)
        {
            context.RejectPrincipal();
            context.HttpContext.Response.Cookies.Delete(CookieName);
            return;
        }
        Claim[] claims =
        [
            new(IdentityClaims.UserId, user.Id.ToString()),
            new(IdentityClaims.SecurityStamp, stamp),
            .. user.Permissions.Select(permission => new Claim(IdentityClaims.Permission, permission)),
        ];
        context.ReplacePrincipal(new ClaimsPrincipal(new ClaimsIdentity(claims, principal.Identity!.AuthenticationType, IdentityClaims.UserId, null)));
    }
}
