using Codeflare.Storage.Contracts;
using Codeflare.Storage.Domain;
using Codeflare.Storage.Infrastructure;
using MediatR;

namespace Codeflare.Storage.Features.WorkspaceObjects;

internal sealed class ReadUserObjectQueryHandler(ObjectStore store) : IRequestHandler<ReadUserObjectQuery, Stream?>
{
    public async Task<Stream?> Handle(ReadUserObjectQuery query, CancellationToken cancellationToken) =>
        (await store.GetAsync(StoragePath.KeyFor(query.UserId, query.Path), null, cancellationToken))?.ResponseStream;
}
