using Codeflare.BuildingBlocks.Web;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.Infrastructure;

/// <summary>SPEC §9: uploads (whole files, multipart starts and parts) are rate-limited per user, falling back to the client IP.</summary>
internal static class StorageRateLimits
{
    public const string Policy = "uploads";

    public static void AddPolicy(RateLimiterOptions options) =>
        PerCallerRateLimit.Add(options, Policy, services => services.GetRequiredService<IOptions<StorageOptions>>().Value.UploadsPerMinute);
}
