using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Pipeline;
using FluentValidation;
using MediatR;

namespace Codeflare.ArchitectureTests;

public sealed class ConventionTests
{
    private static readonly Type[] HandlerAndValidatorInterfaces =
        [typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>)];

    [Fact]
    public void Handlers_and_validators_are_internal_sealed()
    {
        var offences = Solution.Types(Solution.All)
            .Where(type => type.GetInterfaces().Any(contract =>
                contract.IsGenericType && HandlerAndValidatorInterfaces.Contains(contract.GetGenericTypeDefinition())))
            .Where(type => type.IsVisible || !type.IsSealed)
            .Select(type => type.FullName);

        Assert.Empty(offences);
    }

    [Fact]
    public void Every_request_declares_who_may_send_it()
    {
        var requests = Requests().ToList();

        Assert.NotEmpty(requests);
        Assert.All(requests, request => RequestPolicy.For(request));
    }

    [Fact]
    public void Commands_queries_handlers_and_validators_are_named_for_what_they_are()
    {
        var offences = Requests()
            .Where(request => typeof(IBaseCommand).IsAssignableFrom(request) ? !request.Name.EndsWith("Command") : !request.Name.EndsWith("Query"))
            .Concat(Implementing(typeof(IRequestHandler<,>)).Where(type => !type.Name.EndsWith("Handler")))
            .Concat(Implementing(typeof(IValidator<>)).Where(type => !type.Name.EndsWith("Validator")))
            .Select(type => type.FullName);

        Assert.Empty(offences);
    }

    [Fact]
    public void Requests_are_commands_or_queries()
    {
        var offences = Requests()
            .Where(request => !typeof(IBaseCommand).IsAssignableFrom(request) && !IsQuery(request))
            .Select(request => request.FullName);

        Assert.Empty(offences);
    }

    [Fact]
    public void Integration_events_live_in_contracts_and_say_so_in_their_name()
    {
        var integrationEvents = Solution.Types(Solution.All).Where(type => typeof(IIntegrationEvent).IsAssignableFrom(type) && !type.IsInterface).ToList();

        Assert.NotEmpty(integrationEvents);
        Assert.All(integrationEvents, type =>
        {
            Assert.EndsWith("IntegrationEvent", type.Name);
            Assert.EndsWith(".Contracts", type.Assembly.GetName().Name);
        });
    }

    private static IEnumerable<Type> Requests() => Solution.Types(Solution.All)
        .Where(type => type is { IsAbstract: false, IsInterface: false } && typeof(IBaseRequest).IsAssignableFrom(type));

    private static bool IsQuery(Type type) =>
        type.GetInterfaces().Any(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IQuery<>));

    private static IEnumerable<Type> Implementing(Type openInterface) => Solution.Types(Solution.All)
        .Where(type => type.GetInterfaces().Any(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == openInterface));
}
