namespace Codeflare.Audit.Domain;

/// <summary>Someone exported the log: the format, the filter as given and how many entries left.</summary>
internal sealed record AuditExported(string Format, string Filter, long Rows, bool Completed, DateTimeOffset ExportedAt);
