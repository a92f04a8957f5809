using Codeflare.BuildingBlocks.Auditing;
using System.Reflection;
using Codeflare.BuildingBlocks.Events;
using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Pipeline;
using Codeflare.BuildingBlocks.Security;
using FluentValidation;
using Marten;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Codeflare.BuildingBlocks;

public static class BuildingBlocksRegistration
{
    /// <summary>The mediator and its pipeline, in order: logging → authorization → validation → handler → save.</summary>
    public static IServiceCollection AddBuildingBlocks(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<RequestContext>();
        services.AddScoped<CommandDepth>();
        services.AddScoped<IAuditTrail, MartenAuditTrail>();
        services.AddOptions<DenialOptions>().BindConfiguration(DenialOptions.Section);
        services.AddSingleton<IConfigureMarten, DenialTable>();
        services.AddSingleton<DenialWindows>();
        services.AddSingleton<DenialCoalescer>();
        services.AddHostedService<DenialFlusher>();
        services.AddAuditEvents<SecurityAuditEvents>();
        services.AddScoped<ServiceFactory>(provider => type => provider.GetService(type)!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehaviour<,>));
        services.AddSingleton<IntegrationEventDispatcher>();
        return services;
    }

    /// <summary>Registers a module's handlers, validators and integration event mappers by assembly scan.</summary>
    public static IServiceCollection AddMessagingFrom(this IServiceCollection services, Assembly assembly)
    {
        Type[] scanned = [typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>)];
        foreach (var type in assembly.GetTypes().Where(type => type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces())
            {
                if (contract.IsGenericType && scanned.Contains(contract.GetGenericTypeDefinition()))
                    services.AddScoped(contract, type);
                else if (contract == typeof(IIntegrationEventMapper))
                    services.AddSingleton(contract, type);
            }
        }
        return services;
    }
}
