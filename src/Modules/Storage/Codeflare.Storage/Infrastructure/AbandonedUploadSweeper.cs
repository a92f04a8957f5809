using Codeflare.Storage.Domain;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.Infrastructure;

/// <summary>
/// Aborts multipart uploads nobody finished within <see cref="StorageOptions.AbandonedUploadAfter"/>: the ones the
/// file API knows, and any the bucket still holds under <c>users/</c> (a host that died between starting an upload
/// and recording it), so abandoned parts never hold space for good.
/// </summary>
internal sealed class AbandonedUploadSweeper(
    ObjectStore store, IDocumentStore documents, IOptions<StorageOptions> options, TimeProvider clock, ILogger<AbandonedUploadSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.UploadSweepInterval, clock);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Sweeping abandoned uploads failed; trying again in {Interval}", options.Value.UploadSweepInterval);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - options.Value.AbandonedUploadAfter;
        await using var session = documents.LightweightSession();
        var known = await session.Query<PendingUpload>().Where(upload => upload.StartedAt < before).ToListAsync(cancellationToken);
        foreach (var upload in known)
        {
            await store.AbortMultipartAsync(StoragePath.KeyFor(upload.OwnerId, upload.Path), upload.S3UploadId, cancellationToken);
            session.Delete(upload);
        }
        await session.SaveChangesAsync(cancellationToken);
        foreach (var upload in await store.MultipartUploadsAsync(before.UtcDateTime, cancellationToken))
            await store.AbortMultipartAsync(upload.Key, upload.UploadId, cancellationToken);
        if (known.Count > 0) logger.LogInformation("Aborted {Count} abandoned uploads", known.Count);
    }
}
