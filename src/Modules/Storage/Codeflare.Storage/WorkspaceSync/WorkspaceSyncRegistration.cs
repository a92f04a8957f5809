using Codeflare.ContainerEngine;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Storage.WorkspaceSync;

internal static class WorkspaceSyncRegistration
{
    public static IServiceCollection AddWorkspaceSync(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddContainerEngine(configuration);
        services.Configure<SyncOptions>(configuration.GetSection("Sessions:Sync"));
        services.AddSingleton<ContainerHome>();
        services.AddSingleton<UserObjects>();
        services.AddSingleton<WorkspaceSyncer>();
        services.AddSingleton<SyncRecorder>();
        services.AddSingleton<SyncRunner>();
        services.AddHostedService<WorkspaceSyncService>();
        services.ConfigureMarten(options =>
        {
            options.Schema.For<WorkspaceManifest>();
            options.Schema.For<SyncState>();
            options.Schema.For<Domain.StoreGeneration>();
        });
        return services;
    }
}
