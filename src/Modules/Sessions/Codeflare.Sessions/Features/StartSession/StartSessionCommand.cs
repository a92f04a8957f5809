using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Features.Shared;

namespace Codeflare.Sessions.Features.StartSession;

[RequiresPermission(Permission.OwnSessions)]
internal sealed record StartSessionCommand(Guid SessionId) : ICommand<SessionView>;
