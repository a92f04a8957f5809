namespace Codeflare.Audit.Contracts;

/// <summary>A page of the audit log; pass <see cref="NextCursor"/> back as <c>cursor</c> for the next one.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, long? NextCursor);
