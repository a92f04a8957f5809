using Codeflare.BuildingBlocks.Errors;
using Codeflare.Storage.Domain;
using Codeflare.Storage.Features.Shared;
using Codeflare.Storage.Infrastructure;
using Marten;
using MediatR;

namespace Codeflare.Storage.Features.DeleteFiles;

internal sealed class DeleteFilesCommandHandler(ObjectStore store, UserSpace space, IDocumentSession documentSession, TimeProvider clock)
    : IRequestHandler<DeleteFilesCommand, Unit>
{
    public async Task<Unit> Handle(DeleteFilesCommand command, CancellationToken cancellationToken)
    {
        var tree = await FileTree.FindAsync(store, space, command.Path!, cancellationToken) ?? throw new NotFoundException("file or folder", command.Path!);
        UserSpace.EnsureWritable(tree.Path);
        if (tree.IsFolder && !command.Recursive && tree.Files > 0)
            throw new ConflictException($"'{tree.Path}' is not empty: delete it with recursive=true.");
        await space.InvalidateStoreViewsAsync(cancellationToken);
        await store.DeleteAsync(tree.Objects.Select(item => item.Key).ToList(), cancellationToken);
        documentSession.Store(StoreGeneration.Next(space.UserId));
        documentSession.Events.Append(UserFiles.StreamIdFor(space.UserId),
            new FilesDeleted(space.UserId, tree.Path, tree.Files, tree.Bytes, clock.GetUtcNow()));
        return Unit.Value;
    }
}
