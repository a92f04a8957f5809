using System.Text.RegularExpressions;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Host.Web;

/// <summary>
/// Fills the scoped <see cref="RequestContext"/> from the HTTP request: correlation id (a well-formed
/// <c>X-Request-ID</c> is kept and echoed, anything else replaced), client IP and user agent. Runs before
/// authentication so that everything, sign-in look-ups included, carries the correlation id.
/// </summary>
internal sealed partial class RequestContextMiddleware(RequestDelegate next)
{
    public const string RequestIdHeader = "X-Request-ID";

    public async Task InvokeAsync(HttpContext http, RequestContext context)
    {
        var sent = http.Request.Headers[RequestIdHeader].ToString();
        context.CorrelationId = WellFormedRequestId().IsMatch(sent) ? sent : Guid.NewGuid().ToString("N");
        context.ClientIp = http.Connection.RemoteIpAddress?.ToString();
        context.UserAgent = http.Request.Headers.UserAgent.ToString();
        http.Response.Headers[RequestIdHeader] = context.CorrelationId;
        await next(http);
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}$")]
    private static partial Regex WellFormedRequestId();
}
