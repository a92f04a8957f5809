using Codeflare.BuildingBlocks.Auditing;
using Codeflare.BuildingBlocks;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.CreateSession;
using Codeflare.Sessions.Features.DeleteSession;
using Codeflare.Sessions.Features.DownloadRecording;
using Codeflare.Sessions.Features.ListRecordings;
using Codeflare.Sessions.Features.GetSession;
using Codeflare.Sessions.Features.GetSessionStatus;
using Codeflare.Sessions.Features.ListAllSessions;
using Codeflare.Sessions.Features.ListSessionStatuses;
using Codeflare.Sessions.Features.ListSessions;
using Codeflare.Sessions.Features.UpdateSession;
using Codeflare.Sessions.Features.GetPreferences;
using Codeflare.Sessions.Features.ChangePreferences;
using Codeflare.Sessions.Features.ListPresets;
using Codeflare.Sessions.Features.SavePreset;
using Codeflare.Sessions.Features.DeletePreset;
using Codeflare.Sessions.Features.Shared;
using Codeflare.Sessions.Features.StartSession;
using Codeflare.Sessions.Features.StopSession;
using Codeflare.Sessions.Infrastructure;
using Codeflare.Sessions.Infrastructure.Activity;
using Codeflare.Sessions.Infrastructure.Runner;
using Codeflare.Sessions.Features.Terminals;
using Codeflare.Sessions.Infrastructure.Recordings;
using Codeflare.Sessions.Infrastructure.Terminals;
using Codeflare.ContainerEngine;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions;

public static class SessionsModule
{
    public const string HealthCheckName = "docker";
    public const string TerminalHubPath = "/hubs/terminal";

    public static IServiceCollection AddSessionsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuditEvents<SessionsAuditEvents>();
        services.AddMessagingFrom(typeof(SessionsModule).Assembly);
        services.AddSingleton<IConfigureMarten, SessionsMartenConfiguration>();
        services.Configure<SessionLimits>(configuration.GetSection("Sessions"));
        services.Configure<RunnerOptions>(configuration.GetSection("Sessions"));
        services.Configure<IdleOptions>(configuration.GetSection("Sessions:Idle"));
        services.AddRateLimiter(SessionRateLimits.AddPolicy);
        services.AddContainerEngine(configuration);
        services.AddSingleton(provider => InstanceIdentity.From(
            provider.GetRequiredService<IOptions<RunnerOptions>>().Value, configuration.GetConnectionString("Postgres") ?? ""));
        services.AddSingleton<WorkspaceEngine>();
        services.AddSingleton<TabWarmer>();
        services.AddSingleton<SessionRunner>();
        services.AddSingleton<RunnerTrigger>();
        services.AddSingleton<RunnerCommitListener>();
        services.AddSingleton<RunnerService>();
        services.AddHostedService(provider => provider.GetRequiredService<RunnerService>());
        services.AddSingleton<SessionActivity>();
        services.AddSingleton<SessionMetricsStore>();
        services.AddScoped<SessionStatusReader>();
        services.AddHostedService<MetricsSampler>();
        services.AddHostedService<IdleMonitor>();
        services.Configure<TerminalOptions>(configuration.GetSection("Terminals"));
        services.Configure<RecordingOptions>(configuration.GetSection(RecordingOptions.Section));
        services.AddSingleton<IRecordingSink, RecordingStore>();
        services.AddSingleton<RecordingParts>();
        services.AddHostedService<TerminalShutdown>();
        services.AddSingleton<TerminalManager>();
        services.AddSingleton<HubConnections>();
        services.AddSingleton<SessionStatusPush>();
        services.AddSignalR(options =>
            {
                options.MaximumReceiveMessageSize = 128 * 1024;
                options.AddFilter<HubRequestContextFilter>();
            })
            .AddJsonProtocol()
            .AddMessagePackProtocol(options => options.SerializerOptions = TerminalProtocol.SerializerOptions);
        services.AddHealthChecks().AddCheck<DockerHealthCheck>(HealthCheckName, tags: ["ready"], timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    public static IEndpointRouteBuilder MapSessionsModule(this IEndpointRouteBuilder app)
    {
        CreateSessionEndpoint.Map(app);
        ListSessionsEndpoint.Map(app);
        ListSessionStatusesEndpoint.Map(app);
        GetSessionEndpoint.Map(app);
        GetSessionStatusEndpoint.Map(app);
        UpdateSessionEndpoint.Map(app);
        DeleteSessionEndpoint.Map(app);
        StartSessionEndpoint.Map(app);
        StopSessionEndpoint.Map(app);
        ListAllSessionsEndpoint.Map(app);
        ListRecordingsEndpoint.Map(app);
        DownloadRecordingEndpoint.Map(app);
        app.MapHub<TerminalHub>(TerminalHubPath);
        GetPreferencesEndpoint.Map(app);
        ChangePreferencesEndpoint.Map(app);
        ListPresetsEndpoint.Map(app);
        SavePresetEndpoints.Map(app);
        DeletePresetEndpoint.Map(app);
        return app;
    }
}
