using Codeflare.BuildingBlocks.Events;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Host.Web;

/// <summary>
/// SPEC §9: the hub refuses other origins (cross-site WebSocket hijacking). Allowed: the host's own origin, the
/// <c>PublicUrl</c>'s, and <c>AllowedOrigins</c>. Clients that send no Origin (scripts, the .NET client) are not
/// browsers and authenticate with a token or cookie as usual.
/// </summary>
internal sealed class HubOriginMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public static bool IsHub(HttpRequest request) => request.Path.StartsWithSegments("/hubs");

    public async Task InvokeAsync(HttpContext http, IAuditTrail audit, RequestContext context, TimeProvider clock)
    {
        var origin = http.Request.Headers.Origin.ToString();
        if (IsHub(http.Request) && origin.Length > 0 && !Allowed(http.Request, origin))
        {
            await audit.RecordDenialAsync(new AccessDenied(context.UserId, "allowed-origin", $"{http.Request.Method} {http.Request.Path} from {origin}", clock.GetUtcNow()),
                http.RequestAborted);
            await Problems.WriteAsync(http, 403, "origin_not_allowed", "This origin may not open terminals here.");
            return;
        }
        await next(http);
    }

    private bool Allowed(HttpRequest request, string origin)
    {
        var allowed = (configuration["AllowedOrigins"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Append($"{request.Scheme}://{request.Host}")
            .Append(configuration["PublicUrl"] is { } publicUrl && Uri.TryCreate(publicUrl, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "");
        return allowed.Any(candidate => string.Equals(candidate.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase));
    }
}
