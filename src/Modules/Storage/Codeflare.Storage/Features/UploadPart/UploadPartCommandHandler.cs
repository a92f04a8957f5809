using Codeflare.Storage.Features.Shared;
using Codeflare.Storage.Infrastructure;
using Marten;
using MediatR;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.Features.UploadPart;

internal sealed class UploadPartCommandHandler(ObjectStore store, UserSpace space, IQuerySession querySession, IOptions<StorageOptions> options)
    : IRequestHandler<UploadPartCommand, UploadedPart>
{
    public async Task<UploadedPart> Handle(UploadPartCommand command, CancellationToken cancellationToken)
    {
        var pending = await querySession.FetchOwnAsync(command.UploadId, space, cancellationToken);
        await using var body = await BufferedBody.ReadAsync(command.Body, options.Value.MaxPartBytes, cancellationToken);
        await store.UploadPartAsync(space.KeyOf(pending.Path), pending.S3UploadId, command.Number, body, body.Length, cancellationToken);
        return new UploadedPart(command.Number, body.Length);
    }
}
