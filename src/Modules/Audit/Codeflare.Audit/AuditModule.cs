using Codeflare.Audit.Catalog;
using Codeflare.Audit.Chain;
using Codeflare.Audit.Domain;
using Codeflare.BuildingBlocks.Auditing;
using Codeflare.Audit.Features.ExportAuditEvents;
using Codeflare.Audit.Features.GetSessionHistory;
using Codeflare.Audit.Features.ListAuditEvents;
using Codeflare.Audit.Features.ListAuditSessions;
using Codeflare.Audit.Features.VerifyAuditChain;
using Codeflare.Audit.ReadModel;
using Codeflare.BuildingBlocks;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Audit;

/// <summary>The audit log of SPEC §7: a read side over the whole event store, which is why it is its own module.</summary>
public static class AuditModule
{
    public const string HealthCheckName = "audit";

    public static IServiceCollection AddAuditModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuditEvents<StoreAuditEvents>();
        services.AddAuditEvents<ReadingAuditEvents>();
        services.AddAuditEvents<ChainAuditEvents>();
        services.AddSingleton<AuditCatalog>();
        services.AddSingleton<AuditSchema>();
        services.AddSingleton<AuditDirectory>();
        services.AddSingleton<AuditRowBuilder>();
        services.AddSingleton<AuditLogSubscription>();
        services.AddSingleton<AuditReadiness>();
        services.AddSingleton<IConfigureMarten, AuditMartenConfiguration>();
        services.AddAuditChain();
        return services.AddMessagingFrom(typeof(AuditModule).Assembly);
    }

    public static IEndpointRouteBuilder MapAuditModule(this IEndpointRouteBuilder app)
    {
        ListAuditEventsEndpoint.Map(app);
        ExportAuditEventsEndpoint.Map(app);
        ListAuditSessionsEndpoint.Map(app);
        GetSessionHistoryEndpoint.Map(app);
        VerifyAuditChainEndpoint.Map(app);
        return app;
    }

    /// <summary>SPEC §7's tamper evidence: the chain, its checkpoints in the object store, and the periodic check.</summary>
    private static void AddAuditChain(this IServiceCollection services)
    {
        services.AddOptions<AuditChainOptions>().BindConfiguration(AuditChainOptions.Section);
        services.AddSingleton<ChainInstance>();
        services.AddSingleton<AuditChainSubscription>();
        services.AddSingleton<ChainVerifier>();
        services.AddSingleton<ChainHealth>();
        services.AddSingleton<ChainCheckpointer>();
        services.AddHostedService<ChainWarden>();
        services.AddHealthChecks().AddCheck<ChainHealthCheck>(HealthCheckName, tags: ["ready"], timeout: TimeSpan.FromSeconds(5));
    }
}
