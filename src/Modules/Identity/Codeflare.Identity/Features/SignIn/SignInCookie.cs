using System.Security.Claims;
using Codeflare.Identity.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Codeflare.Identity.Features.SignIn;

/// <summary>The sign-in cookie holds only the user id and security stamp; permissions are re-read per request.</summary>
internal static class SignInCookie
{
    public static async Task IssueAsync(HttpContext http, Guid userId, Guid securityStamp)
    {
        var identity = new ClaimsIdentity(
            [new Claim(IdentityClaims.UserId, userId.ToString()), new Claim(IdentityClaims.SecurityStamp, securityStamp.ToString())],
            CookieAuthenticationDefaults.AuthenticationScheme, IdentityClaims.UserId, null);
        var principal = new ClaimsPrincipal(identity);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        // Antiforgery tokens issued later in this request must belong to the user now signed in.
        http.User = principal;
    }

    public static bool IsCookieSignIn(HttpContext http) =>
        http.User.Identity?.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme;
}
