using Codeflare.BuildingBlocks.Errors;
using Codeflare.Storage.Domain;
using Marten;

namespace Codeflare.Storage.Features.Shared;

internal static class PendingUploads
{
    /// <summary>The caller's own upload in progress; anyone else's is as absent as one that never was.</summary>
    public static async Task<PendingUpload> FetchOwnAsync(this IQuerySession querySession, Guid id, UserSpace space, CancellationToken cancellationToken) =>
        await querySession.LoadAsync<PendingUpload>(id, cancellationToken) is { } pending && pending.OwnerId == space.UserId
            ? pending
            : throw new NotFoundException("upload", id);
}
