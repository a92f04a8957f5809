using Codeflare.Storage.Domain;
using Codeflare.Storage.Features.Shared;
using Codeflare.Storage.Infrastructure;
using Marten;
using MediatR;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.Features.StartUpload;

internal sealed class StartUploadCommandHandler(
    ObjectStore store, UserSpace space, IDocumentSession documentSession, IOptions<StorageOptions> options, TimeProvider clock)
    : IRequestHandler<StartUploadCommand, UploadStarted>
{
    public async Task<UploadStarted> Handle(StartUploadCommand command, CancellationToken cancellationToken)
    {
        var path = command.Path!;
        UserSpace.EnsureWritable(path);
        var usage = await space.LockForWriteAsync(cancellationToken);
        UploadQuota.CheckStart(usage, await space.BytesAtAsync(path, cancellationToken), command.Size, options.Value.QuotaBytes, options.Value.MaxOpenUploads);
        var uploadId = await store.StartMultipartAsync(space.KeyOf(path), ContentTypes.For(path, command.ContentType), cancellationToken);
        var pending = new PendingUpload(Guid.NewGuid(), space.UserId, path, uploadId, command.Size, clock.GetUtcNow());
        documentSession.Store(pending);
        return new UploadStarted(pending.Id, path, command.Size, options.Value.MinPartBytes, options.Value.MaxPartBytes);
    }
}
