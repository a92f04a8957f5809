using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.BuildingBlocks.Auditing;

public static class AuditEventsRegistration
{
    /// <summary>Adds a module's audit table, and registers each of its event types with Marten.</summary>
    public static IServiceCollection AddAuditEvents<TSource>(this IServiceCollection services) where TSource : class, IAuditEventSource, new()
    {
        var source = new TSource();
        services.AddSingleton<IAuditEventSource>(source);
        services.AddSingleton<IConfigureMarten>(new AuditEventTypes(source));
        return services;
    }
}
