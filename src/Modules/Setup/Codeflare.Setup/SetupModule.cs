using Codeflare.Setup.Domain;
using Codeflare.BuildingBlocks.Auditing;
using Codeflare.BuildingBlocks;
using Codeflare.Setup.Features.CreateAdmin;
using Codeflare.Setup.Features.GetSetupStatus;
using Codeflare.Setup.Features.IssueSetupCode;
using Codeflare.Setup.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Setup;

public static class SetupModule
{
    public static IServiceCollection AddSetupModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuditEvents<SetupAuditEvents>();
        services.AddMessagingFrom(typeof(SetupModule).Assembly);
        services.AddSingleton<IConfigureMarten, SetupMartenConfiguration>();
        services.AddSingleton<ISetupCodeSink, ConsoleSetupCodeSink>();
        services.AddHostedService<SetupCodeIssuer>();
        return services;
    }

    public static IEndpointRouteBuilder MapSetupModule(this IEndpointRouteBuilder app)
    {
        GetSetupStatusEndpoint.Map(app);
        CreateAdminEndpoint.Map(app);
        return app;
    }
}
