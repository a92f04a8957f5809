using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Codeflare.Host.Web;

internal static class RateLimitRejection
{
    /// <summary>429 with <c>Retry-After</c> and a problem document, for every rate-limited endpoint.</summary>
    public static async ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        var seconds = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        context.HttpContext.Response.Headers.RetryAfter = seconds;
        await Problems.WriteAsync(context.HttpContext, 429, "rate_limited", $"Too many attempts. Try again in {seconds} s.");
    }
}
