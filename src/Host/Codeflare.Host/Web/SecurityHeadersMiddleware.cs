using System.Security.Cryptography;

namespace Codeflare.Host.Web;

/// <summary>
/// The response headers of SPEC §9 on every response. Styles are allowed from the host and, for the ones the
/// web UI's terminal creates at run time, by a per-response nonce (<see cref="WebUi"/> puts it into the page):
/// no <c>'unsafe-inline'</c> anywhere.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string NonceKey = "csp-nonce";

    public static string NonceOf(HttpContext http) => (string)http.Items[NonceKey]!;

    public Task InvokeAsync(HttpContext http)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        http.Items[NonceKey] = nonce;
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy =
            $"default-src 'self'; script-src 'self'; style-src 'self' 'nonce-{nonce}'; img-src 'self' data: blob:; font-src 'self'; " +
            "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(http);
    }
}
