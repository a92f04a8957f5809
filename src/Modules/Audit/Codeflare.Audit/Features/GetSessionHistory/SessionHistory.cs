using Codeflare.Audit.Contracts;
using Codeflare.Audit.Features.ListAuditSessions;

namespace Codeflare.Audit.Features.GetSessionHistory;

/// <summary>One session's story, oldest first: what the directory knows of it, and every entry about it.</summary>
internal sealed record SessionHistory(AuditSession Session, IReadOnlyList<AuditEntry> Entries, long? NextCursor);
