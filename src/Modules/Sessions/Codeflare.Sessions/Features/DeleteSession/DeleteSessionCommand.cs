using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Sessions.Features.DeleteSession;

[RequiresPermission(Permission.OwnSessions)]
internal sealed record DeleteSessionCommand(Guid SessionId) : ICommand<MediatR.Unit>;
