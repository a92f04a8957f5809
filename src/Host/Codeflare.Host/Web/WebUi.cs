using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Codeflare.Host.Web;

/// <summary>
/// Serves the single-page app built into <c>wwwroot</c> (src/Web): content-hashed files under <c>/assets</c>,
/// cached for a year, and <c>index.html</c> for every other page address, never cached, with this response's
/// CSP nonce filled in. API, hub, health and OpenAPI addresses never fall back to the page: they stay 404 problems.
/// </summary>
internal static class WebUi
{
    private const string NoncePlaceholder = "__CSP_NONCE__";
    private static readonly string[] NotPages = ["/api", "/hubs", "/health", "/openapi"];

    public static WebApplication UseWebUi(this WebApplication app)
    {
        var assets = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "assets");
        if (Directory.Exists(assets))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(assets),
                RequestPath = "/assets",
                OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
            });
        }
        return app;
    }

    public static void MapWebUi(this WebApplication app)
    {
        var index = Path.Combine(app.Environment.WebRootPath ?? Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "index.html");
        var page = File.Exists(index) ? File.ReadAllText(index) : null;
        app.MapFallback(async http =>
        {
            var path = http.Request.Path;
            if (NotPages.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                await Problems.WriteAsync(http, 404, "not_found", $"Nothing is at {path}.");
                return;
            }
            if (page is null)
            {
                await Problems.WriteAsync(http, 404, "ui_not_built", "The web UI is not built: run ./codeflare run, or npm run build in src/Web.");
                return;
            }
            http.Response.Headers.CacheControl = "no-store";
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(page.Replace(NoncePlaceholder, SecurityHeadersMiddleware.NonceOf(http)));
        }).AllowAnonymous().WithName("WebUi").ExcludeFromDescription();
    }
}
