using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Features.Shared;

namespace Codeflare.Sessions.Features.ListSessions;

[RequiresPermission(Permission.OwnSessions)]
internal sealed record ListSessionsQuery : IQuery<IReadOnlyList<SessionView>>;
