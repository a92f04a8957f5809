using Codeflare.BuildingBlocks.Errors;
using Codeflare.Storage.Domain;
using Codeflare.Storage.Features.Shared;
using Codeflare.Storage.Infrastructure;
using Marten;
using MediatR;

namespace Codeflare.Storage.Features.MoveFiles;

/// <summary>Copy, then delete the originals: an interruption leaves both copies, never neither.</summary>
internal sealed class MoveFilesCommandHandler(ObjectStore store, UserSpace space, IDocumentSession documentSession, TimeProvider clock)
    : IRequestHandler<MoveFilesCommand, Unit>
{
    public async Task<Unit> Handle(MoveFilesCommand command, CancellationToken cancellationToken)
    {
        var tree = await FileTree.FindAsync(store, space, command.From!, cancellationToken) ?? throw new NotFoundException("file or folder", command.From!);
        var to = tree.IsFolder ? FilePaths.AsFolder(command.To) : command.To!.TrimEnd('/');
        UserSpace.EnsureWritable(tree.Path);
        UserSpace.EnsureWritable(to);
        if (await FileTree.FindAsync(store, space, to, cancellationToken) is not null)
            throw new ConflictException($"'{to}' already exists. Move or delete it first.");
        var moves = tree.Objects.Select(item => (From: item.Key, To: space.KeyOf(to + space.PathOf(item.Key)[tree.Path.Length..]))).ToList();
        await space.InvalidateStoreViewsAsync(cancellationToken);
        foreach (var (from, target) in moves) await store.CopyAsync(from, target, cancellationToken);
        await store.DeleteAsync(moves.Select(move => move.From).ToList(), cancellationToken);
        documentSession.Store(StoreGeneration.Next(space.UserId));
        documentSession.Events.Append(UserFiles.StreamIdFor(space.UserId), new FilesMoved(space.UserId, tree.Path, to, tree.Files, clock.GetUtcNow()));
        return Unit.Value;
    }
}
