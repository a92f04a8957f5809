using Amazon.S3;
using Codeflare.BuildingBlocks;
using Codeflare.Storage.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage;

public static class StorageModule
{
    public const string HealthCheckName = "storage";

    public static IServiceCollection AddStorageModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMessagingFrom(typeof(StorageModule).Assembly);
        services.Configure<StorageOptions>(configuration.GetSection("Storage"));
        services.AddSingleton(provider => ObjectStoreClientFactory.Create(provider.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<BucketProvisioner>();
        services.AddHealthChecks().AddCheck<ObjectStoreHealthCheck>(HealthCheckName, tags: ["ready"], timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    public static IEndpointRouteBuilder MapStorageModule(this IEndpointRouteBuilder app) => app;
}
