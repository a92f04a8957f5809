using Codeflare.BuildingBlocks;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.CreateSession;
using Codeflare.Sessions.Features.DeleteSession;
using Codeflare.Sessions.Features.GetSession;
using Codeflare.Sessions.Features.ListAllSessions;
using Codeflare.Sessions.Features.ListSessions;
using Codeflare.Sessions.Features.RenameSession;
using Codeflare.Sessions.Infrastructure;
using Docker.DotNet;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions;

public static class SessionsModule
{
    public const string HealthCheckName = "docker";

    public static IServiceCollection AddSessionsModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMessagingFrom(typeof(SessionsModule).Assembly);
        services.AddSingleton<IConfigureMarten, SessionsMartenConfiguration>();
        services.Configure<SessionLimits>(configuration.GetSection("Sessions"));
        services.Configure<DockerOptions>(configuration.GetSection("Docker"));
        services.AddSingleton<IDockerClient>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DockerOptions>>().Value;
            return new DockerClientBuilder()
                .WithEndpoint(new Uri(options.Endpoint))
                .WithApiVersion(Version.Parse(options.ApiVersion))
                .WithTimeout(TimeSpan.FromSeconds(30))
                .Build();
        });
        services.AddHealthChecks().AddCheck<DockerHealthCheck>(HealthCheckName, tags: ["ready"], timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    public static IEndpointRouteBuilder MapSessionsModule(this IEndpointRouteBuilder app)
    {
        CreateSessionEndpoint.Map(app);
        ListSessionsEndpoint.Map(app);
        GetSessionEndpoint.Map(app);
        RenameSessionEndpoint.Map(app);
        DeleteSessionEndpoint.Map(app);
        ListAllSessionsEndpoint.Map(app);
        return app;
    }
}
