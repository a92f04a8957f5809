using Codeflare.Storage.Domain;
using Codeflare.BuildingBlocks.Auditing;
using Codeflare.BuildingBlocks;
using Codeflare.Storage.Features.AbortUpload;
using Codeflare.Storage.Features.CompleteUpload;
using Codeflare.Storage.Features.DeleteFiles;
using Codeflare.Storage.Features.DownloadFile;
using Codeflare.Storage.Features.GetFileStats;
using Codeflare.Storage.Features.ListFiles;
using Codeflare.Storage.Features.MoveFiles;
using Codeflare.Storage.Features.PreviewFile;
using Codeflare.Storage.Features.Shared;
using Codeflare.Storage.Features.StartUpload;
using Codeflare.Storage.Features.UploadFile;
using Codeflare.Storage.Features.UploadPart;
using Codeflare.Storage.Infrastructure;
using Codeflare.Storage.WorkspaceSync;
using Marten;
using Microsoft.AspNetCore.Builder;
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
        services.AddAuditEvents<StorageAuditEvents>();
        services.AddMessagingFrom(typeof(StorageModule).Assembly);
        services.Configure<StorageOptions>(configuration.GetSection("Storage"));
        services.AddSingleton(provider => ObjectStoreClientFactory.Create(provider.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<BucketProvisioner>();
        services.AddSingleton<ObjectStore>();
        services.AddScoped<UserSpace>();
        services.AddSingleton<AbandonedUploadSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<AbandonedUploadSweeper>());
        services.AddRateLimiter(StorageRateLimits.AddPolicy);
        services.ConfigureMarten(options => options.Schema.For<Domain.PendingUpload>().Index(upload => upload.StartedAt));
        services.AddWorkspaceSync(configuration);
        services.AddHealthChecks().AddCheck<ObjectStoreHealthCheck>(HealthCheckName, tags: ["ready"], timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    public static IEndpointRouteBuilder MapStorageModule(this IEndpointRouteBuilder app)
    {
        ListFilesEndpoint.Map(app);
        DownloadFileEndpoint.Map(app);
        UploadFileEndpoint.Map(app);
        StartUploadEndpoint.Map(app);
        UploadPartEndpoint.Map(app);
        CompleteUploadEndpoint.Map(app);
        AbortUploadEndpoint.Map(app);
        DeleteFilesEndpoint.Map(app);
        MoveFilesEndpoint.Map(app);
        PreviewFileEndpoint.Map(app);
        GetFileStatsEndpoint.Map(app);
        return app;
    }
}
