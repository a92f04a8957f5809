using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Features.Shared;

namespace Codeflare.Sessions.Features.ListAllSessions;

[RequiresPermission(Permission.ManageAnySession)]
internal sealed record ListAllSessionsQuery : IQuery<IReadOnlyList<SessionView>>;
