using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Audit.Features.GetSessionHistory;

[RequiresPermission(Permission.ReadAudit)]
internal sealed record GetSessionHistoryQuery(Guid SessionId, string? Cursor = null, string? Limit = null) : IQuery<SessionHistory>;
