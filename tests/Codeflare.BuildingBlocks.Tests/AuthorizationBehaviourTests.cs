using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Events;
using Codeflare.BuildingBlocks.Pipeline;
using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.Extensions.Time.Testing;

namespace Codeflare.BuildingBlocks.Tests;

public sealed class AuthorizationBehaviourTests
{
    [RequiresPermission(Permission.ManageUsers)] internal sealed record ManageUsers : IRequest<string>;
    [SystemOnlyRequest] internal sealed record HostOnly : IRequest<string>;

    private readonly RequestContext context = new();
    private readonly RecordingAuditTrail auditTrail = new();
    private bool handlerRan;

    [Fact]
    public async Task An_anonymous_caller_is_401_and_the_handler_never_runs()
    {
        await Assert.ThrowsAsync<UnauthorizedException>(() => SendAsync(new ManageUsers()));

        Assert.False(handlerRan);
    }

    [Fact]
    public async Task A_caller_without_the_permission_is_403_audited_with_the_permission_and_the_handler_never_runs()
    {
        var userId = Guid.NewGuid();
        context.SignIn(userId, [Permission.OwnSessions]);

        await Assert.ThrowsAsync<ForbiddenException>(() => SendAsync(new ManageUsers()));

        var denied = Assert.IsType<AccessDenied>(Assert.Single(auditTrail.Recorded));
        Assert.Equal((userId, Permission.ManageUsers, nameof(ManageUsers)), (denied.UserId, denied.Permission, denied.Request));
        Assert.False(handlerRan);
    }

    [Fact]
    public async Task A_caller_with_the_permission_reaches_the_handler()
    {
        context.SignIn(Guid.NewGuid(), [Permission.ManageUsers]);

        Assert.Equal("handled", await SendAsync(new ManageUsers()));
        Assert.Empty(auditTrail.Recorded);
    }

    [Fact]
    public async Task A_system_only_request_is_refused_to_every_caller_but_the_host()
    {
        context.SignIn(Guid.NewGuid(), Permission.All);
        await Assert.ThrowsAsync<ForbiddenException>(() => SendAsync(new HostOnly()));

        context.RunAsSystem();
        Assert.Equal("handled", await SendAsync(new HostOnly()));
    }

    private Task<string> SendAsync<TRequest>(TRequest request) where TRequest : IRequest<string> =>
        new AuthorizationBehaviour<TRequest, string>(context, auditTrail, new FakeTimeProvider())
            .Handle(request, CancellationToken.None, () =>
            {
                handlerRan = true;
                return Task.FromResult("handled");
            });
}
