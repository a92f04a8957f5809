using System.Security.Cryptography;

namespace Codeflare.Host.Web;

/// <summary>
/// The response headers of SPEC §9 on every response. Scripts only from the host, never inline. Style sheets and
/// <c>&lt;style&gt;</c> elements from the host or carrying this response's nonce (<see cref="WebUi"/> puts it into
/// the page for the ones xterm.js creates). Only <c>style</c> attributes may be inline: xterm.js's renderer colours
/// each cell with one (24-bit colour, contrast correction); an attribute cannot hold a selector or load anything.
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
            $"default-src 'self'; script-src 'self'; style-src 'self' 'nonce-{nonce}'; style-src-elem 'self' 'nonce-{nonce}'; " +
            "style-src-attr 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
            "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(http);
    }
}
