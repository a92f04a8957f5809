using Codeflare.BuildingBlocks.Auditing;
using Codeflare.BuildingBlocks;
using Codeflare.Identity.Domain;
using Codeflare.Identity.Features.AcceptInvitation;
using Codeflare.Identity.Features.ChangePassword;
using Codeflare.Identity.Features.CreateApiToken;
using Codeflare.Identity.Features.DeleteUser;
using Codeflare.Identity.Features.DisableUser;
using Codeflare.Identity.Features.EnableUser;
using Codeflare.Identity.Features.GetMe;
using Codeflare.Identity.Features.GetUser;
using Codeflare.Identity.Features.InviteUser;
using Codeflare.Identity.Features.ListApiTokens;
using Codeflare.Identity.Features.ListRoles;
using Codeflare.Identity.Features.ListUsers;
using Codeflare.Identity.Features.ReplaceUserRoles;
using Codeflare.Identity.Features.RevokeApiToken;
using Codeflare.Identity.Features.RevokeInvitation;
using Codeflare.Identity.Features.SignIn;
using Codeflare.Identity.Features.SignOut;
using Codeflare.Identity.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Identity;

public static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuditEvents<IdentityAuditEvents>();
        services.AddMessagingFrom(typeof(IdentityModule).Assembly);
        services.AddSingleton<IConfigureMarten, IdentityMartenConfiguration>();
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.Configure<SignInLimits>(configuration.GetSection("RateLimits:SignIn"));
        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(SignInRateLimiting.AddSignInPolicy);
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityModule(this IEndpointRouteBuilder app)
    {
        SignInEndpoint.Map(app);
        SignOutEndpoint.Map(app);
        GetMeEndpoint.Map(app);
        ChangePasswordEndpoint.Map(app);
        CreateApiTokenEndpoint.Map(app);
        ListApiTokensEndpoint.Map(app);
        RevokeApiTokenEndpoint.Map(app);
        ListRolesEndpoint.Map(app);
        ListUsersEndpoint.Map(app);
        GetUserEndpoint.Map(app);
        InviteUserEndpoint.Map(app);
        AcceptInvitationEndpoint.Map(app);
        RevokeInvitationEndpoint.Map(app);
        ReplaceUserRolesEndpoint.Map(app);
        DisableUserEndpoint.Map(app);
        EnableUserEndpoint.Map(app);
        DeleteUserEndpoint.Map(app);
        return app;
    }
}
