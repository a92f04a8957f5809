using Codeflare.Storage.Domain;
using Codeflare.Storage.Features.Shared;
using Codeflare.Storage.Infrastructure;
using Marten;
using MediatR;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.Features.UploadFile;

internal sealed class UploadFileCommandHandler(
    ObjectStore store, UserSpace space, IDocumentSession documentSession, IOptions<StorageOptions> options, TimeProvider clock)
    : IRequestHandler<UploadFileCommand, StoredFile>
{
    public async Task<StoredFile> Handle(UploadFileCommand command, CancellationToken cancellationToken)
    {
        var path = command.Path!;
        UserSpace.EnsureWritable(path);
        await using var body = await BufferedBody.ReadAsync(command.Body, options.Value.MaxUploadBytes, cancellationToken);
        var usage = await space.LockForWriteAsync(cancellationToken);
        UploadQuota.CheckFile(usage, await space.BytesAtAsync(path, cancellationToken), body.Length, options.Value.QuotaBytes);
        await space.InvalidateStoreViewsAsync(cancellationToken);
        await store.PutAsync(space.KeyOf(path), body, body.Length, ContentTypes.For(path, command.ContentType), cancellationToken);
        documentSession.Store(StoreGeneration.Next(space.UserId));
        documentSession.Events.Append(UserFiles.StreamIdFor(space.UserId), new FileWritten(space.UserId, path, body.Length, false, clock.GetUtcNow()));
        return new StoredFile(path, body.Length);
    }
}
