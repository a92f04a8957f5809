using Codeflare.Storage.Contracts;
using MediatR;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.WorkspaceSync;

/// <summary>The final sync gets a few tries (waiting for a periodic sync in flight to finish first); each failure is recorded.</summary>
internal sealed class FinishWorkspaceSyncCommandHandler(SyncRunner runner, IOptions<SyncOptions> options, TimeProvider clock)
    : IRequestHandler<FinishWorkspaceSyncCommand, bool>
{
    public async Task<bool> Handle(FinishWorkspaceSyncCommand command, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Math.Max(1, options.Value.FinalAttempts); attempt++)
        {
            if (await runner.RunAsync(command.Target, SyncKind.Final, command.ContainerRunning, wait: true, cancellationToken)) return true;
            if (attempt < options.Value.FinalAttempts) await Task.Delay(TimeSpan.FromSeconds(attempt), clock, cancellationToken);
        }
        return false;
    }
}
