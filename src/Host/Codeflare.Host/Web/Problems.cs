using Codeflare.BuildingBlocks.Security;
using Microsoft.AspNetCore.Mvc;

namespace Codeflare.Host.Web;

/// <summary>The one place that shapes RFC 7807 responses with the stable <c>code</c> extension.</summary>
internal static class Problems
{
    public static string CodeFor(int status) => status switch
    {
        400 => "validation_failed",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        409 => "conflict",
        413 => "payload_too_large",
        415 => "unsupported_media_type",
        423 => "locked",
        429 => "rate_limited",
        _ when status >= 500 => "internal_error",
        _ => "error",
    };

    public static ProblemDetails Create(HttpContext http, int status, string code, string detail)
    {
        // The exception handler clears response headers, so the request id is re-read from the scope's context.
        var requestId = http.RequestServices.GetRequiredService<RequestContext>().CorrelationId;
        http.Response.Headers[RequestContextMiddleware.RequestIdHeader] = requestId;
        return new ProblemDetails
        {
            Status = status,
            Title = Title(status),
            Detail = detail,
            Instance = http.Request.Path,
            Extensions = { ["code"] = code, ["requestId"] = requestId },
        };
    }

    public static Task WriteAsync(HttpContext http, int status, string code, string detail) =>
        WriteAsync(http, Create(http, status, code, detail));

    public static async Task WriteAsync(HttpContext http, ProblemDetails problem)
    {
        http.Response.StatusCode = problem.Status ?? 500;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }

    private static string Title(int status) => status switch
    {
        400 => "The request is not valid.",
        401 => "Sign in first.",
        403 => "You may not do this.",
        404 => "Not found.",
        409 => "This conflicts with the current state.",
        413 => "The request is too large.",
        429 => "Too many requests.",
        _ when status >= 500 => "Something went wrong on the server.",
        _ => "The request failed.",
    };
}
