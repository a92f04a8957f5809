using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Codeflare.Storage.Features.Shared;

internal static class RequestBodies
{
    /// <summary>
    /// Lifts the host's 1 MiB body limit for this request only, to <paramref name="maxBytes"/> (plus one, so that
    /// the buffer, not the server, refuses the byte too many with a 413 problem).
    /// </summary>
    public static Stream Allow(HttpContext http, long maxBytes)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes + 1;
        return http.Request.Body;
    }
}
