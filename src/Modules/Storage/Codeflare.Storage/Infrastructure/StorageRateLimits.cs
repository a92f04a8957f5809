using System.Security.Claims;
using System.Threading.RateLimiting;
using Codeflare.Identity.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.Infrastructure;

/// <summary>SPEC §9: uploads (whole files, multipart starts and parts) are rate-limited per user, falling back to the client IP.</summary>
internal static class StorageRateLimits
{
    public const string Policy = "uploads";

    public static void AddPolicy(RateLimiterOptions options) =>
        options.AddPolicy(Policy, http =>
        {
            var perMinute = http.RequestServices.GetRequiredService<IOptions<StorageOptions>>().Value.UploadsPerMinute;
            var caller = http.User.FindFirstValue(IdentityClaims.UserId) ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter(caller,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        });
}
