using Amazon.S3;
using Codeflare.BuildingBlocks.Errors;
using Codeflare.Storage.Domain;
using Codeflare.Storage.Features.Shared;
using Codeflare.Storage.Infrastructure;
using Marten;
using MediatR;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.Features.CompleteUpload;

/// <summary>
/// Joins the parts into the file once they add up to the declared size and the quota still has room for it;
/// otherwise the upload stays open, so the client can send what is missing or abort.
/// </summary>
internal sealed class CompleteUploadCommandHandler(
    ObjectStore store, UserSpace space, IDocumentSession documentSession, IOptions<StorageOptions> options, TimeProvider clock)
    : IRequestHandler<CompleteUploadCommand, StoredFile>
{
    public async Task<StoredFile> Handle(CompleteUploadCommand command, CancellationToken cancellationToken)
    {
        var usage = await space.LockForWriteAsync(cancellationToken);
        var pending = await documentSession.FetchOwnAsync(command.UploadId, space, cancellationToken);
        var key = space.KeyOf(pending.Path);
        var parts = await store.PartsAsync(key, pending.S3UploadId, cancellationToken);
        var size = parts.Sum(part => part.Size ?? 0);
        if (size != pending.Size)
            throw new ConflictException($"The parts hold {size} bytes; the upload was started for {pending.Size}. Send the missing parts, or abort.");
        UploadQuota.CheckCompletion(usage, await space.BytesAtAsync(pending.Path, cancellationToken), options.Value.QuotaBytes);
        try
        {
            await space.InvalidateStoreViewsAsync(cancellationToken);
            await store.CompleteMultipartAsync(key, pending.S3UploadId, parts, cancellationToken);
        }
        catch (AmazonS3Exception small) when (small.ErrorCode == "EntityTooSmall")
        {
            throw new ConflictException("Every part but the last must be at least 5 MiB. Send those parts again, larger, or abort.");
        }
        documentSession.Delete(pending);
        documentSession.Store(StoreGeneration.Next(space.UserId));
        documentSession.Events.Append(UserFiles.StreamIdFor(space.UserId), new FileWritten(space.UserId, pending.Path, size, true, clock.GetUtcNow()));
        return new StoredFile(pending.Path, size);
    }
}
