namespace Codeflare.Sessions.Domain;

/// <summary>SPEC §3: created → starting → running → stopping → stopped, plus failed and deleted.</summary>
internal enum SessionStatus
{
    Created,
    Starting,
    Running,
    Stopping,
    Stopped,
    Failed,
    Deleted,
}
