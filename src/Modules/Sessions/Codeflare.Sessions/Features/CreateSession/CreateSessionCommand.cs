using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Features.Shared;

namespace Codeflare.Sessions.Features.CreateSession;

[RequiresPermission(Permission.OwnSessions)]
internal sealed record CreateSessionCommand(string Name, string Agent, string Tier) : ICommand<SessionView>;
