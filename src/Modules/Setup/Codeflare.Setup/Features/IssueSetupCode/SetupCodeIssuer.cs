using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Contracts;
using Codeflare.Setup.Domain;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Codeflare.Setup.Features.IssueSetupCode;

/// <summary>
/// On every start while no admin exists: a fresh one-time code, stored hashed and shown once.
/// A code from an earlier start stops working.
/// </summary>
internal sealed class SetupCodeIssuer(IServiceScopeFactory scopes, ISetupCodeSink sink) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().RunAsSystem();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        if (await mediator.Send(new AdminExistsQuery(), cancellationToken)) return;

        var code = SetupCode.Generate();
        await mediator.Send(new IssueSetupCodeCommand(SetupCode.Hash(code)), cancellationToken);
        await sink.ShowAsync(code);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
