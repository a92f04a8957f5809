using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Codeflare.Host.Health;

internal static class HealthEndpoints
{
    public const string PostgresCheckName = "postgres";

    // Plain text in descriptions ("15.18+deb12u1") reads better unescaped; the body is JSON, never HTML.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IServiceCollection AddCodeflareHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<PostgresHealthCheck>(PostgresCheckName, tags: ["ready"], timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    /// <summary>Liveness answers without touching dependencies; readiness has one entry per dependency.</summary>
    public static IEndpointRouteBuilder MapCodeflareHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = WriteAsync })
            .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).AllowAnonymous();
        return app;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        http.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            totalDurationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            entries = report.Entries.ToDictionary(entry => entry.Key, entry => new
            {
                status = entry.Value.Status.ToString(),
                description = entry.Value.Description,
                durationMs = Math.Round(entry.Value.Duration.TotalMilliseconds, 1),
            }),
        }, Json, http.RequestAborted);
    }
}
