using Codeflare.BuildingBlocks.Errors;
using Codeflare.Storage.Contracts;
using Codeflare.Storage.Infrastructure;
using MediatR;

namespace Codeflare.Storage.Features.RecordingParts;

internal sealed class OpenRecordingPartQueryHandler(ObjectStore store) : IRequestHandler<OpenRecordingPartQuery, Stream>
{
    public async Task<Stream> Handle(OpenRecordingPartQuery query, CancellationToken cancellationToken)
    {
        var found = await store.GetAsync(query.Key, query.Offset > 0 ? $"bytes={query.Offset}-" : null, cancellationToken)
            ?? throw new NotFoundException("recording part", query.Key);
        return found.ResponseStream;
    }
}
