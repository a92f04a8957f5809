using Codeflare.Audit.Contracts;
using Codeflare.Audit.Filtering;
using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Audit.Features.ListAuditEvents;

[RequiresPermission(Permission.ReadAudit)]
internal sealed record ListAuditEventsQuery(AuditFilterArguments Filter, AuditPaging Paging) : IQuery<AuditPage>;
