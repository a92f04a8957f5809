using System.Text.Json.Nodes;
using Codeflare.Audit.Contracts;
using Npgsql;

namespace Codeflare.Audit.Filtering;

/// <summary>Reads one row of <see cref="AuditSql.Columns"/> into the entry the API shows.</summary>
internal static class AuditEntryReader
{
    public static AuditEntry Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetFieldValue<DateTimeOffset>(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        Text(reader, 5),
        reader.IsDBNull(6) ? null : reader.GetGuid(6),
        reader.IsDBNull(7) ? null : reader.GetGuid(7),
        Text(reader, 8),
        Text(reader, 9),
        Text(reader, 10),
        Text(reader, 11),
        JsonNode.Parse(reader.GetString(12)),
        reader.GetString(13));

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
