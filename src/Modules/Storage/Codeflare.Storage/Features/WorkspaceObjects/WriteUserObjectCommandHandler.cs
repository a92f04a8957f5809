using Codeflare.Storage.Contracts;
using Codeflare.Storage.Domain;
using Codeflare.Storage.Features.Shared;
using Codeflare.Storage.Infrastructure;
using MediatR;

namespace Codeflare.Storage.Features.WorkspaceObjects;

internal sealed class WriteUserObjectCommandHandler(ObjectStore store) : IRequestHandler<WriteUserObjectCommand, Unit>
{
    public async Task<Unit> Handle(WriteUserObjectCommand command, CancellationToken cancellationToken)
    {
        await store.WriteLargeAsync(StoragePath.KeyFor(command.UserId, command.Path), command.Content, command.Length,
            ContentTypes.For(command.Path, null), cancellationToken);
        return Unit.Value;
    }
}
