using Codeflare.BuildingBlocks.Auditing;

namespace Codeflare.Sessions.Domain;

/// <summary>The session lifecycle as the audit log shows it; these events also keep the auditors' session directory.</summary>
internal sealed class SessionsAuditEvents : IAuditEventSource
{
    private const string Module = AuditModules.Sessions;

    public IEnumerable<AuditEventDescription> Events =>
    [
        AuditEvent.For<SessionCreated>("session.created", Module)
            .Recorded(e => new { e.SessionId, e.OwnerId, e.Name, e.Agent, e.Tier, e.CreatedAt, e.Tabs, e.Tiling, e.PresetId })
            .About(user: e => e.OwnerId, session: e => e.SessionId)
            .Tells(e => new AuditSessionFacts(e.SessionId, "created") { OwnerId = e.OwnerId, Name = e.Name, Agent = e.Agent, Tier = e.Tier })
            .Says((e, names) => $"{names.Actor} created session '{e.Name}' ({e.Agent}, {e.Tier} tier)"),
        AuditEvent.For<SessionRenamed>("session.renamed", Module)
            .Recorded(e => new { e.SessionId, e.Name, e.RenamedAt }).About(session: e => e.SessionId)
            .Tells(e => new AuditSessionFacts(e.SessionId) { Name = e.Name })
            .Says((e, names) => $"{names.Actor} renamed session {names.Session(e.SessionId)} to '{e.Name}'"),
        AuditEvent.For<SessionLayoutChanged>("session.layout_changed", Module)
            .Recorded(e => new { e.SessionId, e.Tabs, e.Tiling, e.ChangedAt }).About(session: e => e.SessionId)
            .Says((e, names) => $"{names.Actor} set session {names.Session(e.SessionId)} to {e.Tabs.Count + 1} tabs, {e.Tiling} side by side"),
        AuditEvent.For<SessionStartRequested>("session.started", Module)
            .Recorded(e => new { e.SessionId, e.Reason, e.RequestedAt }).About(session: e => e.SessionId)
            .Tells(e => new AuditSessionFacts(e.SessionId, "starting"))
            .Says((e, names) => $"{names.Actor} started session {names.Session(e.SessionId)}{Tier(names, e.SessionId)}{Because(e.Reason)}"),
        AuditEvent.For<SessionContainerStarted>("session.container_started", Module)
            .Recorded(e => new { e.SessionId, e.ContainerId, e.StartedAt }).About(session: e => e.SessionId)
            .Says((e, names) => $"The container {Short(e.ContainerId)} of session {names.Session(e.SessionId)} started"),
        AuditEvent.For<SessionFilesRestored>("session.files_restored", Module)
            .Recorded(e => new { e.SessionId, e.RestoredAt }).About(session: e => e.SessionId)
            .Says((e, names) => $"Session {names.Session(e.SessionId)} has its files and is starting its terminals"),
        AuditEvent.For<SessionReady>("session.ready", Module)
            .Recorded(e => new { e.SessionId, e.ReadyAt }).About(session: e => e.SessionId)
            .Tells(e => new AuditSessionFacts(e.SessionId, "running"))
            .Says((e, names) => $"Session {names.Session(e.SessionId)} is running"),
        AuditEvent.For<SessionStartFailed>("session.start_failed", Module)
            .Recorded(e => new { e.SessionId, e.Message, e.FailedAt }).About(session: e => e.SessionId)
            .Tells(e => new AuditSessionFacts(e.SessionId, "failed"))
            .Says((e, names) => $"Session {names.Session(e.SessionId)} failed to start: {e.Message}"),
        AuditEvent.For<SessionStopRequested>("session.stop_requested", Module)
            .Recorded(e => new { e.SessionId, e.Reason, e.RequestedAt }).About(session: e => e.SessionId)
            .Tells(e => new AuditSessionFacts(e.SessionId, "stopping"))
            .Says((e, names) => $"{names.Actor} asked session {names.Session(e.SessionId)} to stop{Because(e.Reason)}"),
        AuditEvent.For<SessionStopped>("session.stopped", Module)
            .Recorded(e => new { e.SessionId, e.Reason, e.ExitCode, e.StoppedAt }).About(session: e => e.SessionId)
            .Tells(e => new AuditSessionFacts(e.SessionId, "stopped"))
            .Says((e, names) => $"Session {names.Session(e.SessionId)} stopped{Because(e.Reason)}{(e.ExitCode is { } code ? $", exit code {code}" : "")}"),
        AuditEvent.For<SessionDeleted>("session.deleted", Module)
            .Recorded(e => new { e.SessionId, e.Reason, e.DeletedAt }).About(session: e => e.SessionId)
            .Tells(e => new AuditSessionFacts(e.SessionId, "deleted") { Deleted = true })
            .Says((e, names) => $"{names.Actor} deleted session {names.Session(e.SessionId)}{Because(e.Reason)}"),
        .. TerminalAuditEvents.All,
        .. ProfileAuditEvents.All,
    ];

    internal static string Because(string? reason) => string.IsNullOrEmpty(reason) ? "" : $" ({reason})";

    private static string Tier(IAuditNames names, Guid sessionId) => names.Tier(sessionId) is { } tier ? $" ({tier} tier)" : "";

    private static string Short(string containerId) => containerId.Length > 12 ? containerId[..12] : containerId;
}
