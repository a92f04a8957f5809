using Codeflare.BuildingBlocks.Auditing;

namespace Codeflare.Audit.Domain;

/// <summary>The auditors are audited too: history reads and exports.</summary>
internal sealed class ReadingAuditEvents : IAuditEventSource
{
    public IEnumerable<AuditEventDescription> Events =>
    [
        AuditEvent.For<SessionHistoryRead>("audit.history_read", AuditModules.Audit)
            .Recorded(e => new { e.SessionId, e.Entries, e.ReadAt }).About(session: e => e.SessionId)
            .Says((e, names) => $"{names.Actor} read the history of session {names.Session(e.SessionId)} ({e.Entries:N0} entries)"),
        AuditEvent.For<AuditExported>("audit.exported", AuditModules.Audit)
            .Recorded(e => new { e.Format, e.Filter, e.Rows, e.Completed, e.ExportedAt })
            .Says((e, names) => $"{names.Actor} exported {e.Rows:N0} audit entries as {e.Format}{(e.Completed ? "" : " (cut short)")} with the filter {e.Filter}"),
    ];
}
