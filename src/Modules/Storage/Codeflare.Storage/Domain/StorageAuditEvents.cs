using Codeflare.BuildingBlocks.Auditing;
using Codeflare.Storage.WorkspaceSync;

namespace Codeflare.Storage.Domain;

/// <summary>
/// Files and the workspace sync as the audit log shows them. The sync's events keep the module "sessions" and
/// their names from before they moved here: stored events and auditors' saved filters do not change.
/// </summary>
internal sealed class StorageAuditEvents : IAuditEventSource
{
    public IEnumerable<AuditEventDescription> Events =>
    [
        AuditEvent.For<FileWritten>("file.written", AuditModules.Storage)
            .Recorded(e => new { e.UserId, e.Path, e.Size, e.Multipart, e.WrittenAt }).About(user: e => e.UserId)
            .Says((e, names) => $"{names.Actor} wrote {e.Path} ({e.Size:N0} bytes{(e.Multipart ? ", multipart" : "")})"),
        AuditEvent.For<FilesDeleted>("file.deleted", AuditModules.Storage)
            .Recorded(e => new { e.UserId, e.Path, e.Files, e.Bytes, e.DeletedAt }).About(user: e => e.UserId)
            .Says((e, names) => $"{names.Actor} deleted {e.Path} ({e.Files:N0} files, {e.Bytes:N0} bytes)"),
        AuditEvent.For<FilesMoved>("file.moved", AuditModules.Storage)
            .Recorded(e => new { e.UserId, e.From, e.To, e.Files, e.MovedAt }).About(user: e => e.UserId)
            .Says((e, names) => $"{names.Actor} moved {e.From} to {e.To} ({e.Files:N0} files)"),
        AuditEvent.For<WorkspaceRestored>("workspace.restored", AuditModules.Sessions)
            .Recorded(e => new { e.SessionId, e.Files, e.Bytes, e.DurationMs, e.RestoredAt }).About(session: e => e.SessionId)
            .Says((e, names) => $"Session {names.Session(e.SessionId)} got {e.Files:N0} files ({e.Bytes:N0} bytes) from the store in {e.DurationMs:N0} ms"),
        AuditEvent.For<WorkspaceSynced>("workspace.synced", AuditModules.Sessions)
            .Recorded(e => new
            {
                e.SessionId, e.FilesUp, e.BytesUp, e.FilesDown, e.BytesDown, e.DeletedUp, e.DeletedDown, e.Conflicts, e.DurationMs, e.Final, e.SyncedAt,
            })
            .About(session: e => e.SessionId)
            .Says((e, names) => $"Session {names.Session(e.SessionId)} synced{(e.Final ? " for the last time" : "")}: " +
                $"{e.FilesUp:N0} files up ({e.BytesUp:N0} bytes), {e.FilesDown:N0} down ({e.BytesDown:N0} bytes), " +
                $"{e.DeletedUp + e.DeletedDown:N0} deleted, {e.Conflicts:N0} conflicts"),
        AuditEvent.For<WorkspaceSyncFailed>("workspace.sync_failed", AuditModules.Sessions)
            .Recorded(e => new { e.SessionId, e.Reason, e.Final, e.FailedAt }).About(session: e => e.SessionId)
            .Says((e, names) => $"The {(e.Final ? "last " : "")}sync of session {names.Session(e.SessionId)} failed: {e.Reason}"),
        AuditEvent.For<WorkspaceFilesSkipped>("workspace.files_skipped", AuditModules.Sessions)
            .Recorded(e => new { e.SessionId, e.Count, e.Examples, e.SkippedAt }).About(session: e => e.SessionId)
            .Says((e, names) => $"The sync of session {names.Session(e.SessionId)} left out {e.Count:N0} files it may not take"),
    ];
}
