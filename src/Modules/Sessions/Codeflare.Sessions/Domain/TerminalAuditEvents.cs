using Codeflare.BuildingBlocks.Auditing;

namespace Codeflare.Sessions.Domain;

/// <summary>Terminals, the people attached to them and their recordings, as the audit log shows them.</summary>
internal static class TerminalAuditEvents
{
    private const string Module = AuditModules.Sessions;

    public static IEnumerable<AuditEventDescription> All =>
    [
        AuditEvent.For<TerminalOpened>("terminal.opened", Module)
            .Recorded(e => new { e.SessionId, e.Tab, e.FirstOffset, e.OpenedAt }).About(session: e => e.SessionId)
            .Says((e, names) => $"Tab {e.Tab} of session {names.Session(e.SessionId)} opened"),
        AuditEvent.For<TerminalClosed>("terminal.closed", Module)
            .Recorded(e => new { e.SessionId, e.Tab, e.LastOffset, e.ClosedAt }).About(session: e => e.SessionId)
            .Says((e, names) => $"Tab {e.Tab} of session {names.Session(e.SessionId)} closed after {e.LastOffset:N0} bytes of output"),
        AuditEvent.For<TerminalClientAttached>("terminal.attached", Module)
            .Recorded(e => new { e.SessionId, e.Tab, e.ConnectionId, e.ClientIp, e.UserAgent, e.AttachedAt }).About(session: e => e.SessionId)
            .Says((e, names) => $"{names.Actor} attached to tab {e.Tab} of session {names.Session(e.SessionId)}{From(e.ClientIp)}"),
        AuditEvent.For<TerminalClientDetached>("terminal.detached", Module)
            .Recorded(e => new { e.SessionId, e.Tab, e.ConnectionId, e.DetachedAt }).About(session: e => e.SessionId)
            .Says((e, names) => $"{names.Actor} detached from tab {e.Tab} of session {names.Session(e.SessionId)}"),
        AuditEvent.For<TerminalCallRefused>("terminal.call_refused", Module)
            .Recorded(e => new { e.SessionId, e.Tab, e.Method, e.Reason, e.RefusedAt, e.Count, e.LastAt }).About(session: e => e.SessionId)
            .Says((e, names) => $"The terminal hub refused {e.Method} on tab {e.Tab} of session {names.Session(e.SessionId)} from {names.Actor}{Times(e.Count)} ({e.Reason})"),
        AuditEvent.For<TerminalRecordingStored>("recording.part_stored", Module)
            .Recorded(e => new { e.RecordingId, e.SessionId, e.Tab, e.Part, e.Key, e.Bytes, e.Sha256, e.DurationMs, e.Width, e.Height, e.StartedAt, e.Truncated, e.StoredAt })
            .About(session: e => e.SessionId)
            .Says((e, names) => $"Part {e.Part} of tab {e.Tab}'s recording of session {names.Session(e.SessionId)} was stored ({e.Bytes:N0} bytes, {e.DurationMs / 1000.0:N1} s in){(e.Truncated ? "; the recording reached its maximum size" : "")}"),
        AuditEvent.For<TerminalRecordingDownloaded>("recording.downloaded", Module)
            .Recorded(e => new { e.RecordingId, e.SessionId, e.Tab, e.Range, e.DownloadedAt }).About(session: e => e.SessionId)
            .Says((e, names) => $"{names.Actor} downloaded tab {e.Tab}'s recording of session {names.Session(e.SessionId)}{(e.Range is null ? "" : $" ({e.Range})")}"),
        AuditEvent.For<TerminalRecordingExpired>("recording.expired", Module)
            .Recorded(e => new { e.RecordingId, e.SessionId, e.Parts, e.ExpiredAt }).About(session: e => e.SessionId)
            .Says((e, names) => $"A recording of session {names.Session(e.SessionId)} passed its retention: {e.Parts:N0} parts deleted"),
    ];

    private static string From(string? clientIp) => clientIp is null ? "" : $" from {clientIp}";

    /// <summary>A summary of a denial window's repeats follows the refusal written at once, hence "more".</summary>
    private static string Times(int count) => count > 1 ? $" {count} more times" : "";
}
