using Codeflare.Storage.Features.Shared;
using Codeflare.Storage.Infrastructure;
using Marten;
using MediatR;

namespace Codeflare.Storage.Features.AbortUpload;

internal sealed class AbortUploadCommandHandler(ObjectStore store, UserSpace space, IDocumentSession documentSession)
    : IRequestHandler<AbortUploadCommand, Unit>
{
    public async Task<Unit> Handle(AbortUploadCommand command, CancellationToken cancellationToken)
    {
        // Under the user's write lock, so an abort never pulls the upload from under a part being checked and written.
        await space.LockAsync(cancellationToken);
        var pending = await documentSession.FetchOwnAsync(command.UploadId, space, cancellationToken);
        await store.AbortMultipartAsync(space.KeyOf(pending.Path), pending.S3UploadId, cancellationToken);
        documentSession.Delete(pending);
        return Unit.Value;
    }
}
