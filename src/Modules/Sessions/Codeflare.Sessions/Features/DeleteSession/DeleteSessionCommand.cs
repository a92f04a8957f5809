using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Features.Shared;

namespace Codeflare.Sessions.Features.DeleteSession;

[RequiresPermission(Permission.OwnSessions)]
internal sealed record DeleteSessionCommand(Guid SessionId) : ICommand<MediatR.Unit>, ISessionCommand;
