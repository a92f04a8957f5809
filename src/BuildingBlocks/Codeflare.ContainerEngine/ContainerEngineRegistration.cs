using Docker.DotNet;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Codeflare.ContainerEngine;

public static class ContainerEngineRegistration
{
    /// <summary>Registers the engine gateway once; every module that needs the engine calls it.</summary>
    public static IServiceCollection AddContainerEngine(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(service => service.ServiceType == typeof(ContainerEngine))) return services;
        services.Configure<ContainerEngineOptions>(configuration.GetSection("Docker"));
        services.TryAddSingleton<EngineHttp>();
        // The Docker.DotNet client is the gateway's own: nothing else can resolve it from the container.
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ContainerEngineOptions>>().Value;
            var docker = new DockerClientBuilder()
                .WithEndpoint(new Uri(options.Endpoint))
                .WithApiVersion(Version.Parse(options.ApiVersion))
                .WithTimeout(TimeSpan.FromSeconds(30))
                .Build();
            return new ContainerEngine(docker, provider.GetRequiredService<EngineHttp>());
        });
        return services;
    }
}
