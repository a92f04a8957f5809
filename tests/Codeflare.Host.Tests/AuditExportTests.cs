using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CsvHelper;

namespace Codeflare.Host.Tests;

/// <summary>Exports stream the same entries as the query, as NDJSON or RFC 4180 CSV that a spreadsheet cannot run.</summary>
public sealed class AuditExportTests(AuditLogFixture log) : IClassFixture<AuditLogFixture>
{
    [Fact]
    public async Task An_ndjson_export_has_one_line_per_entry_of_the_same_filter_and_the_export_is_audited()
    {
        var query = await log.EntriesAsync($"session={log.KeptSession}&order=oldest");

        var response = await log.Auditor.GetAsync($"/api/audit/export?format=ndjson&session={log.KeptSession}");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches(@"^codeflare-audit-\d{8}-\d{6}\.ndjson$", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var exported = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var sequences = query.Select(entry => entry.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences, exported.Select(entry => entry.GetProperty("sequence").GetInt64()).Where(sequence => sequence <= sequences[^1]));
        Assert.Equal(query.Select(entry => entry.GetRawText()), exported.Take(query.Count).Select(entry => entry.GetRawText()));
        var recorded = (await log.EntriesAsync("type=audit.exported"))[0];
        Assert.Equal(lines.Length, recorded.GetProperty("data").GetProperty("rows").GetInt64());
        Assert.Contains(log.KeptSession, recorded.GetProperty("data").GetProperty("filter").GetString());
    }

    [Fact]
    public async Task A_csv_export_parses_and_no_cell_can_run_as_a_formula()
    {
        var hostile = log.Host.Factory.CreateBrowserClient();
        hostile.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "=cmd|' /C calc'!A0");
        Assert.Equal(HttpStatusCode.NoContent, (await hostile.SignInAsync(AuditLogFixture.DeveloperEmail)).StatusCode);
        var created = await hostile.PostAsJsonAsync("/api/sessions", new { name = "=HYPERLINK(\"x\")", agent = "bash", tier = "small" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var response = await log.Auditor.GetAsync($"/api/audit/export?format=csv&user={log.DeveloperId}");
        using var reader = CsvReader.Create(new StringReader(await response.Content.ReadAsStringAsync()), new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["sequence", "time", "type", "module", "actor", "actorEmail", "user", "session", "correlationId", "causationId",
            "clientIp", "userAgent", "data", "summary"], rows[0]);
        Assert.All(rows, row => Assert.Equal(14, row.Length));
        Assert.All(rows.SelectMany(row => row), cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0]), $"formula cell {cell}"));
        var hyperlink = Assert.Single(rows, row => row[2] == "session.created" && row[12].Contains("HYPERLINK"));
        Assert.Equal("'=cmd|' /C calc'!A0", hyperlink[11]);
        Assert.Equal("=HYPERLINK(\"x\")", JsonDocument.Parse(hyperlink[12]).RootElement.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("format=xml")]
    [InlineData("type=nope")]
    [InlineData("session=42")]
    public async Task A_bad_export_request_is_a_400(string query)
    {
        var response = await log.Auditor.GetAsync($"/api/audit/export?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("validation_failed", await response.ProblemCodeAsync());
    }
}
