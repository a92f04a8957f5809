using Codeflare.Storage.Contracts;
using Codeflare.Storage.Domain;
using Codeflare.Storage.Infrastructure;
using MediatR;

namespace Codeflare.Storage.Features.WorkspaceObjects;

internal sealed class DeleteUserObjectsCommandHandler(ObjectStore store) : IRequestHandler<DeleteUserObjectsCommand, Unit>
{
    public async Task<Unit> Handle(DeleteUserObjectsCommand command, CancellationToken cancellationToken)
    {
        if (command.Paths.Count > 0) await store.DeleteAsync(command.Paths.Select(path => StoragePath.KeyFor(command.UserId, path)).ToList(), cancellationToken);
        return Unit.Value;
    }
}
