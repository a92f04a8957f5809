using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using Codeflare.Audit.Contracts;
using CsvHelper;

namespace Codeflare.Audit.Features.ExportAuditEvents;

/// <summary>
/// RFC 4180 through CsvHelper, one header row of the entry's fields (<c>data</c> as a JSON cell). A cell that a
/// spreadsheet would run as a formula (it starts with =, +, -, @, tab or CR) is prefixed with a quote, as OWASP advises.
/// </summary>
internal sealed class CsvExportFormat : IAuditExportFormat
{
    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = "=+-@\t\r",
        NewLine = "\r\n",
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static readonly string[] Header =
        ["sequence", "time", "type", "module", "actor", "actorEmail", "user", "session", "correlationId", "causationId", "clientIp", "userAgent", "data", "summary"];

    // Rows gather in memory between flushes (a few hundred at most) and go out with an asynchronous write: the
    // response body must never be written synchronously.
    private readonly StringWriter text = new(CultureInfo.InvariantCulture);
    private readonly PipeWriter output;
    private readonly CsvWriter csv;

    public CsvExportFormat(PipeWriter output)
    {
        this.output = output;
        csv = CsvWriter.Create(text, Options, false);
        csv.WriteRecord(Header);
    }

    public void Write(AuditEntry entry)
    {
        csv.WriteField(entry.Sequence.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(entry.Time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        csv.WriteField(entry.Type);
        csv.WriteField(entry.Module);
        csv.WriteField(entry.Actor);
        csv.WriteField(entry.ActorEmail);
        csv.WriteField(entry.User?.ToString());
        csv.WriteField(entry.Session?.ToString());
        csv.WriteField(entry.CorrelationId);
        csv.WriteField(entry.CausationId);
        csv.WriteField(entry.ClientIp);
        csv.WriteField(entry.UserAgent);
        csv.WriteField(entry.Data?.ToJsonString());
        csv.WriteField(entry.Summary);
        csv.EndRecord();
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await csv.FlushAsync(cancellationToken);
        var rows = text.GetStringBuilder();
        await output.WriteAsync(Encoding.UTF8.GetBytes(rows.ToString()), cancellationToken);
        rows.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await csv.DisposeAsync();
        await text.DisposeAsync();
    }
}
