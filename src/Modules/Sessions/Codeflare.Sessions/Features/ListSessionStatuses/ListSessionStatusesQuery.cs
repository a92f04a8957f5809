using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Features.Shared;

namespace Codeflare.Sessions.Features.ListSessionStatuses;

/// <summary>The dashboard's one poll: the status of every own session.</summary>
[RequiresPermission(Permission.OwnSessions)]
internal sealed record ListSessionStatusesQuery : IQuery<IReadOnlyList<SessionStatusView>>;
