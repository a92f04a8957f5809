using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Audit.Features.ListAuditSessions;

/// <summary>Every session ever created, newest first; <c>q</c> matches name, owner email or id, <c>owner</c> is a user id.</summary>
[RequiresPermission(Permission.ReadAudit)]
internal sealed record ListAuditSessionsQuery(string? Q = null, string? Owner = null, string? Cursor = null, string? Limit = null)
    : IQuery<AuditSessionPage>;
