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
        var pending = await documentSession.FetchOwnAsync(command.UploadId, space, cancellationToken);
        await store.AbortMultipartAsync(space.KeyOf(pending.Path), pending.S3UploadId, cancellationToken);
        documentSession.Delete(pending);
        return Unit.Value;
    }
}
