using Codeflare.Audit.Contracts;

namespace Codeflare.Audit.Features.ExportAuditEvents;

internal interface IAuditExportFormat : IAsyncDisposable
{
    void Write(AuditEntry entry);
    Task FlushAsync(CancellationToken cancellationToken);
}
