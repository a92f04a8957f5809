using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Codeflare.Audit.Chain;

/// <summary>
/// <c>/health/ready</c>'s <c>audit</c> entry: unhealthy once a verification found the chain broken, until one finds
/// it intact again. A chain not yet verified is healthy (a fresh instance has nothing to doubt).
/// </summary>
internal sealed class ChainHealthCheck(ChainHealth health) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await health.LastAsync(cancellationToken) switch
        {
            null => HealthCheckResult.Healthy("hash chain not verified yet"),
            { Valid: true } last => HealthCheckResult.Healthy($"hash chain intact when verified at {last.At:u}"),
            var last => HealthCheckResult.Unhealthy(
                $"hash chain broken at event {last.Value.FirstBroken} when verified at {last.Value.At:u}: {last.Value.Problem}"),
        };
}
