using System.Net;

namespace Codeflare.Testing;

/// <summary>Sends the XSRF-TOKEN cookie's value as X-XSRF-TOKEN on unsafe requests, like the web UI's API client.</summary>
internal sealed class XsrfEchoHandler(CookieContainer cookies, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head
            && cookies.GetCookies(request.RequestUri!)["XSRF-TOKEN"] is { } token)
            request.Headers.TryAddWithoutValidation("X-XSRF-TOKEN", token.Value);
        return base.SendAsync(request, cancellationToken);
    }
}
