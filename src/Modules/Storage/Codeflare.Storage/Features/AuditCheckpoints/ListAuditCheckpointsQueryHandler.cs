using Codeflare.Storage.Contracts;
using Codeflare.Storage.Infrastructure;
using MediatR;

namespace Codeflare.Storage.Features.AuditCheckpoints;

/// <summary>Keys that do not parse are not checkpoints (nothing else writes there, but nothing is trusted either).</summary>
internal sealed class ListAuditCheckpointsQueryHandler(ObjectStore store)
    : IRequestHandler<ListAuditCheckpointsQuery, IReadOnlyList<StoredAuditCheckpoint>>
{
    public async Task<IReadOnlyList<StoredAuditCheckpoint>> Handle(ListAuditCheckpointsQuery query, CancellationToken cancellationToken)
    {
        var checkpoints = new List<StoredAuditCheckpoint>();
        await foreach (var item in store.AllAsync(AuditCheckpointKey.PrefixOf(query.Instance), cancellationToken))
            if (AuditCheckpointKey.Parse(item.Key) is { } checkpoint) checkpoints.Add(checkpoint);
        return checkpoints;
    }
}
