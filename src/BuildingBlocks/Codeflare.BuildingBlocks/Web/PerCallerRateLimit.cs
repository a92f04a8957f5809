using System.Threading.RateLimiting;
using Codeflare.BuildingBlocks.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.BuildingBlocks.Web;

/// <summary>SPEC §9: a fixed one-minute window per signed-in user, falling back to the client IP for anyone else.</summary>
public static class PerCallerRateLimit
{
    public static void Add(RateLimiterOptions options, string policy, Func<IServiceProvider, int> perMinute) =>
        options.AddPolicy(policy, http =>
        {
            var caller = http.RequestServices.GetRequiredService<RequestContext>().UserId?.ToString()
                         ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            var limit = perMinute(http.RequestServices);
            return RateLimitPartition.GetFixedWindowLimiter(caller,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        });
}
