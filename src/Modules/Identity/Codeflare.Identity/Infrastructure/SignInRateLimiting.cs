using System.Threading.RateLimiting;
using Codeflare.Identity.Features.SignIn;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Codeflare.Identity.Infrastructure;

internal static class SignInRateLimiting
{
    /// <summary>Sign-in attempts per client IP; per account is <see cref="SignInThrottle"/>.</summary>
    public static void AddSignInPolicy(RateLimiterOptions options) =>
        options.AddPolicy(SignInEndpoint.RateLimitPolicy, http =>
        {
            var limits = http.RequestServices.GetRequiredService<IOptions<SignInLimits>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PerIpPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        });
}
