using Codeflare.BuildingBlocks.Messaging;
using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Weasel.Core;

namespace Codeflare.BuildingBlocks.Marten;

public static class EventStoreRegistration
{
    /// <summary>
    /// Marten with the settings every module shares; modules add theirs through <see cref="IConfigureMarten"/>.
    /// The async daemon runs hot/cold, so with several hosts exactly one delivers integration events.
    /// </summary>
    public static IServiceCollection AddEventStore(this IServiceCollection services, string connectionString, DaemonMode daemonMode)
    {
        services.AddMarten(options =>
            {
                options.Connection(connectionString);
                options.DatabaseSchemaName = "codeflare";
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                options.Events.MetadataConfig.EnableAll();
                options.Events.MetadataConfig.UserNameEnabled = true;
                options.Schema.For<ProcessedNotification>().Identity(marker => marker.Id);
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup()
            .AddAsyncDaemon(daemonMode)
            .AddSubscriptionWithServices<IntegrationEventSubscription>(ServiceLifetime.Singleton);
        return services;
    }
}
