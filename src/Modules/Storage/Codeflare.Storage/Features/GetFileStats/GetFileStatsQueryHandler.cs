using Codeflare.Storage.Features.Shared;
using MediatR;

namespace Codeflare.Storage.Features.GetFileStats;

internal sealed class GetFileStatsQueryHandler(UserSpace space) : IRequestHandler<GetFileStatsQuery, FileUsage>
{
    public Task<FileUsage> Handle(GetFileStatsQuery query, CancellationToken cancellationToken) => space.UsageAsync(cancellationToken);
}
