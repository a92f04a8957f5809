using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Codeflare.Audit.Contracts;

namespace Codeflare.Audit.Features.ExportAuditEvents;

/// <summary>One entry per line, exactly as <c>GET /api/audit</c> shows it (the host's own JSON settings).</summary>
internal sealed class NdjsonExportFormat(PipeWriter output, JsonSerializerOptions json) : IAuditExportFormat
{
    private readonly Utf8JsonWriter writer = new(output, new JsonWriterOptions { SkipValidation = true, Encoder = json.Encoder });

    public void Write(AuditEntry entry)
    {
        JsonSerializer.Serialize(writer, entry, json);
        writer.Flush();
        writer.Reset();
        output.Write("\n"u8);
    }

    public async Task FlushAsync(CancellationToken cancellationToken) => await output.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => writer.DisposeAsync();
}
