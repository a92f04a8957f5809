using Docker.DotNet;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Codeflare.Sessions.Infrastructure;

internal sealed class DockerHealthCheck(IDockerClient docker) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await docker.System.GetVersionAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Docker {version.Version}, API {version.APIVersion}");
        }
        catch (Exception exception) when (exception is DockerApiException or HttpRequestException or IOException
                                              or TimeoutException or TaskCanceledException or System.Net.Sockets.SocketException)
        {
            return HealthCheckResult.Unhealthy($"Docker engine: {exception.Message}");
        }
    }
}
