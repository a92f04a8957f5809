using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Sessions.Features.RenameSession;

[RequiresPermission(Permission.OwnSessions)]
internal sealed record RenameSessionCommand(Guid SessionId, string Name) : ICommand<MediatR.Unit>;
