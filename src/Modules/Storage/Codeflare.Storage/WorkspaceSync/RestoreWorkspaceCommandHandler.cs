using Codeflare.Storage.Contracts;
using MediatR;

namespace Codeflare.Storage.WorkspaceSync;

internal sealed class RestoreWorkspaceCommandHandler(SyncRunner runner) : IRequestHandler<RestoreWorkspaceCommand, Unit>
{
    public async Task<Unit> Handle(RestoreWorkspaceCommand command, CancellationToken cancellationToken)
    {
        await runner.RunAsync(command.Target, SyncKind.Restore, running: true, wait: true, cancellationToken);
        return Unit.Value;
    }
}
