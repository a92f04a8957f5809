using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Codeflare.Sessions.Infrastructure;

internal sealed class DockerHealthCheck(ContainerEngine.ContainerEngine gateway) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await gateway.GetVersionAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Docker {version.Version}, API {version.ApiVersion}");
        }
        catch (Exception exception)
        {
            // An engine that is down, refuses or does not answer in time is all the same here: not ready.
            return HealthCheckResult.Unhealthy($"Docker engine: {exception.Message}");
        }
    }
}
