using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Codeflare.Host.Health;

internal sealed class PostgresHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var querySession = store.QuerySession();
            var version = await querySession.QueryAsync<string>("select version()", cancellationToken);
            return HealthCheckResult.Healthy(version.FirstOrDefault()?.Split(" on ")[0]);
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL: {exception.Message}");
        }
    }
}
