using Codeflare.Sessions.Infrastructure.Activity;

namespace Codeflare.Sessions.Features.Shared;

/// <summary>
/// SPEC §14 <c>GET …/status</c>: progress of a start, live metrics, when and why idle stop would fire, and the
/// workspace sync's last success and current error (SPEC §5); <c>Recording</c> says the terminals are recorded (SPEC §4),
/// so the terminal view can say so.
/// </summary>
internal sealed record SessionStatusView(
    Guid SessionId, string Status, string? Stage, int Progress, string? Message, string? Reason, long? ExitCode, int AttachedClients,
    SessionMetrics? Metrics, DateTimeOffset? IdleStopAt, IReadOnlyList<string> KeepAlive, DateTimeOffset? LastActiveAt,
    DateTimeOffset? LastSyncAt, long? LastSyncDurationMs, string? SyncError, bool Recording);
