using System.IO.Pipelines;
using System.Text.Json;
using Codeflare.Audit.Domain;
using Codeflare.Audit.Filtering;
using Codeflare.BuildingBlocks.Events;
using Marten;

namespace Codeflare.Audit.Features.ExportAuditEvents;

/// <summary>
/// One export, streamed row by row from a server-side read of the read model, oldest first: the host holds one row and
/// a flush's worth of output at a time, whatever the size of the log. When it ends (or is cut) it records itself.
/// </summary>
internal sealed class AuditExport(IDocumentStore store, ExportAuditEventsQuery query, IAuditTrail auditTrail, TimeProvider clock, JsonSerializerOptions json)
{
    private static readonly JsonSerializerOptions FilterJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public string ContentType => query.Chosen == ExportAuditEventsQuery.Csv ? "text/csv; charset=utf-8" : "application/x-ndjson";

    public string FileName => $"codeflare-audit-{clock.GetUtcNow():yyyyMMdd-HHmmss}.{query.Chosen}";

    public async Task WriteAsync(PipeWriter output, CancellationToken cancellationToken)
    {
        long rows = 0;
        var completed = false;
        try
        {
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync(cancellationToken);
            await using var command = AuditSql.Select(query.Filter.ToFilter(), null, newestFirst: false, null, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await using IAuditExportFormat format = query.Chosen == ExportAuditEventsQuery.Csv ? new CsvExportFormat(output) : new NdjsonExportFormat(output, json);
            while (await reader.ReadAsync(cancellationToken))
            {
                format.Write(AuditEntryReader.Read(reader));
                if (++rows % 500 == 0) await format.FlushAsync(cancellationToken);
            }
            await format.FlushAsync(cancellationToken);
            completed = true;
        }
        finally
        {
            var filter = JsonSerializer.Serialize(query.Filter, FilterJson);
            await auditTrail.RecordAsync(new AuditExported(query.Chosen, filter, rows, completed, clock.GetUtcNow()), CancellationToken.None);
        }
    }
}
