using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Storage.Features.Shared;

namespace Codeflare.Storage.Features.GetFileStats;

[RequiresPermission(Permission.OwnFiles)]
internal sealed record GetFileStatsQuery : IQuery<FileUsage>;
