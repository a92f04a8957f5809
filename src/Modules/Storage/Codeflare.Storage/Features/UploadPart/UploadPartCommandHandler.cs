using Codeflare.Storage.Domain;
using Codeflare.Storage.Features.Shared;
using Codeflare.Storage.Infrastructure;
using Marten;
using MediatR;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.Features.UploadPart;

/// <summary>
/// Checks the part against the upload's declared size and the quota (parts in flight count) under the user's write
/// lock, and only then sends it to the store: a refused part leaves nothing behind.
/// </summary>
internal sealed class UploadPartCommandHandler(ObjectStore store, UserSpace space, IDocumentSession documentSession, IOptions<StorageOptions> options)
    : IRequestHandler<UploadPartCommand, UploadedPart>
{
    public async Task<UploadedPart> Handle(UploadPartCommand command, CancellationToken cancellationToken)
    {
        await documentSession.FetchOwnAsync(command.UploadId, space, cancellationToken);
        await using var body = await BufferedBody.ReadAsync(command.Body, options.Value.MaxPartBytes, cancellationToken);
        var usage = await space.LockForWriteAsync(cancellationToken);
        // Again under the lock: a complete or abort that won the race has removed it.
        var pending = await documentSession.FetchOwnAsync(command.UploadId, space, cancellationToken);
        UploadQuota.CheckPart(usage, pending.S3UploadId, pending.Size, command.Number, body.Length, options.Value.QuotaBytes);
        await store.UploadPartAsync(space.KeyOf(pending.Path), pending.S3UploadId, command.Number, body, body.Length, cancellationToken);
        return new UploadedPart(command.Number, body.Length);
    }
}
