using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Features.Shared;

namespace Codeflare.Sessions.Features.GetSessionStatus;

[RequiresPermission(Permission.OwnSessions)]
internal sealed record GetSessionStatusQuery(Guid SessionId) : IQuery<SessionStatusView>;
