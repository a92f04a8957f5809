using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Features.Shared;

namespace Codeflare.Sessions.Features.GetSession;

[RequiresPermission(Permission.OwnSessions)]
internal sealed record GetSessionQuery(Guid SessionId) : IQuery<SessionView>;
