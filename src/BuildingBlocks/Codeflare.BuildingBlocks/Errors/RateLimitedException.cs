namespace Codeflare.BuildingBlocks.Errors;

/// <summary>Too many attempts; the host adds a <c>Retry-After</c> header of <see cref="RetryAfter"/>.</summary>
public sealed class RateLimitedException(TimeSpan retryAfter)
    : DomainException("rate_limited", 429, $"Too many attempts. Try again in {Math.Ceiling(retryAfter.TotalSeconds)} s.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
