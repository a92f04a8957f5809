using Codeflare.BuildingBlocks;
using Codeflare.Identity.Domain;
using Codeflare.Identity.Features.GetMe;
using Codeflare.Identity.Features.SignIn;
using Codeflare.Identity.Features.SignOut;
using Codeflare.Identity.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Identity;

public static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMessagingFrom(typeof(IdentityModule).Assembly);
        services.AddSingleton<IConfigureMarten, IdentityMartenConfiguration>();
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityModule(this IEndpointRouteBuilder app)
    {
        SignInEndpoint.Map(app);
        SignOutEndpoint.Map(app);
        GetMeEndpoint.Map(app);
        return app;
    }
}
