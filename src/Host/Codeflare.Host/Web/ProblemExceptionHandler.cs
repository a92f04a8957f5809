using Codeflare.BuildingBlocks.Errors;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;

namespace Codeflare.Host.Web;

/// <summary>Every error leaves as a problem document; unexpected ones without internals.</summary>
internal sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException invalid => Validation(http, invalid),
            DomainException refused => Problems.Create(http, refused.StatusCode, refused.Code, refused.Message),
            BadHttpRequestException bad => Problems.Create(http, bad.StatusCode, Problems.CodeFor(bad.StatusCode), bad.Message),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
            problem = Problems.Create(http, 500, "internal_error", "The server could not complete the request. It has been logged.");
        }
        if (exception is RateLimitedException limited)
            http.Response.Headers.RetryAfter = Math.Ceiling(limited.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Problems.WriteAsync(http, problem);
        return true;
    }

    private static Microsoft.AspNetCore.Mvc.ProblemDetails Validation(HttpContext http, ValidationException invalid)
    {
        var problem = Problems.Create(http, 400, "validation_failed", "One or more fields are not valid.");
        problem.Extensions["errors"] = invalid.Errors
            .GroupBy(failure => JsonName(failure.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray());
        return problem;
    }

    private static string JsonName(string property) =>
        property.Length == 0 ? property : char.ToLowerInvariant(property[0]) + property[1..];
}
