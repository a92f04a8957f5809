using Codeflare.BuildingBlocks.Web;
using Codeflare.Sessions.Domain;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions.Infrastructure;

/// <summary>SPEC §9: session create and start are rate-limited per user, falling back to the client IP.</summary>
internal static class SessionRateLimits
{
    public const string Policy = "sessions";

    public static void AddPolicy(RateLimiterOptions options) =>
        PerCallerRateLimit.Add(options, Policy, services => services.GetRequiredService<IOptions<SessionLimits>>().Value.ChangesPerMinute);
}
