using Codeflare.Audit.Filtering;
using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Audit.Features.ExportAuditEvents;

/// <summary>The filtered log as NDJSON (default) or CSV; the handler only prepares, the endpoint streams.</summary>
[RequiresPermission(Permission.ReadAudit)]
internal sealed record ExportAuditEventsQuery(AuditFilterArguments Filter, string? Format) : IQuery<AuditExport>
{
    public const string Ndjson = "ndjson";
    public const string Csv = "csv";
    public string Chosen => Format?.ToLowerInvariant() ?? Ndjson;
}
