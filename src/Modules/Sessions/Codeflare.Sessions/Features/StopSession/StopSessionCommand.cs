using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Features.Shared;

namespace Codeflare.Sessions.Features.StopSession;

[RequiresPermission(Permission.OwnSessions)]
internal sealed record StopSessionCommand(Guid SessionId) : ICommand<SessionView>;
