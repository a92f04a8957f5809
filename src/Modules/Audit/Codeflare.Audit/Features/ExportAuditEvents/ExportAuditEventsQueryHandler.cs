using Codeflare.Audit.ReadModel;
using Codeflare.BuildingBlocks.Events;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Codeflare.Audit.Features.ExportAuditEvents;

internal sealed class ExportAuditEventsQueryHandler(
    IDocumentStore store, AuditReadiness readiness, IAuditTrail auditTrail, TimeProvider clock, IOptions<JsonOptions> json)
    : IRequestHandler<ExportAuditEventsQuery, AuditExport>
{
    public async Task<AuditExport> Handle(ExportAuditEventsQuery query, CancellationToken cancellationToken)
    {
        await readiness.WaitAsync(cancellationToken);
        return new AuditExport(store, query, auditTrail, clock, json.Value.SerializerOptions);
    }
}
