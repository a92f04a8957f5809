namespace Codeflare.Audit.Features.ListAuditSessions;

internal sealed record AuditSessionPage(IReadOnlyList<AuditSession> Sessions, long? NextCursor);
