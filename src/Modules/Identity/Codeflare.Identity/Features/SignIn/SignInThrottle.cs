using System.Threading.RateLimiting;
using Codeflare.BuildingBlocks.Errors;
using Microsoft.Extensions.Options;

namespace Codeflare.Identity.Features.SignIn;

/// <summary>
/// Per-account sign-in attempts (the host limits per client IP as well). In memory, so per host: with
/// several hosts an account gets each host's allowance, and the lockout after ten failures still holds.
/// </summary>
internal sealed class SignInThrottle(IOptions<SignInLimits> limits) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(email =>
        RateLimitPartition.GetFixedWindowLimiter(email, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.Value.PerAccountPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }), StringComparer.Ordinal);

    public void Acquire(string email)
    {
        using var lease = limiter.AttemptAcquire(email);
        if (lease.IsAcquired) return;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        throw new RateLimitedException(retryAfter);
    }

    public void Dispose() => limiter.Dispose();
}
