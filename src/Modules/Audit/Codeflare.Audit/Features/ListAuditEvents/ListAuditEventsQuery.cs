using Codeflare.Audit.Contracts;
using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Audit.Features.ListAuditEvents;

[RequiresPermission(Permission.ReadAudit)]
internal sealed record ListAuditEventsQuery(
    string? Type, string? Actor, DateTimeOffset? From, DateTimeOffset? To, long? Cursor, int Limit, AuditOrder Order)
    : IQuery<AuditPage>;
