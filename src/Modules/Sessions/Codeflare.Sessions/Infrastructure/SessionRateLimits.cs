using System.Security.Claims;
using System.Threading.RateLimiting;
using Codeflare.Identity.Contracts;
using Codeflare.Sessions.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions.Infrastructure;

/// <summary>SPEC §9: session create and start are rate-limited per user, falling back to the client IP.</summary>
internal static class SessionRateLimits
{
    public const string Policy = "sessions";

    public static void AddPolicy(RateLimiterOptions options) =>
        options.AddPolicy(Policy, http =>
        {
            var limits = http.RequestServices.GetRequiredService<IOptions<SessionLimits>>().Value;
            var caller = http.User.FindFirstValue(IdentityClaims.UserId) ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter(caller,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.ChangesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        });
}
