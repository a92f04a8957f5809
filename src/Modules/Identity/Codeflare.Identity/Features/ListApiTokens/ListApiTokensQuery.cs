using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Identity.Features.ListApiTokens;

[RequiresPermission(Permission.OwnProfile)]
internal sealed record ListApiTokensQuery : IQuery<IReadOnlyList<ApiTokenSummary>>;
