using System.Net;
using Amazon.S3;
using Codeflare.BuildingBlocks.Errors;
using Codeflare.Storage.Domain;
using Codeflare.Storage.Features.Shared;
using Codeflare.Storage.Infrastructure;
using MediatR;

namespace Codeflare.Storage.Features.DownloadFile;

internal sealed class DownloadFileQueryHandler(ObjectStore store, UserSpace space) : IRequestHandler<DownloadFileQuery, FileContent>
{
    public async Task<FileContent> Handle(DownloadFileQuery query, CancellationToken cancellationToken)
    {
        try
        {
            // The object store checks the range against the object: one request, and no window between a size check and the read.
            var found = await store.GetAsync(space.KeyOf(query.Path!), query.Range, cancellationToken)
                ?? throw new NotFoundException("file", query.Path!);
            return new FileContent(found.ResponseStream, found.ContentLength, found.Headers.ContentType ?? "application/octet-stream",
                found.HttpStatusCode == HttpStatusCode.PartialContent ? found.ContentRange : null, found.ETag, found.LastModified?.ToUniversalTime());
        }
        catch (AmazonS3Exception refused) when (refused.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable)
        {
            throw new RangeNotSatisfiableException(query.Path!);
        }
    }
}
