using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Sessions.Features.Terminals;

/// <summary>Each hub call runs in its own scope: give its request context the caller, as the HTTP middleware does for requests.</summary>
internal sealed class HubRequestContextFilter : IHubFilter
{
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        Fill(invocationContext.ServiceProvider, invocationContext.Context);
        return next(invocationContext);
    }

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        Fill(context.ServiceProvider, context.Context);
        return next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        Fill(context.ServiceProvider, context.Context);
        return next(context, exception);
    }

    private static void Fill(IServiceProvider services, HubCallerContext caller)
    {
        var context = services.GetRequiredService<RequestContext>();
        context.SignInFrom(caller.User);
        var http = caller.GetHttpContext();
        context.ClientIp = http?.Connection.RemoteIpAddress?.ToString();
        context.UserAgent = http?.Request.Headers.UserAgent.ToString();
    }
}
