namespace Codeflare.Sessions.Infrastructure.Activity;

/// <summary>When the session will be stopped for idleness (null while someone is attached) and what keeps it alive now.</summary>
internal sealed record IdleVerdict(DateTimeOffset? IdleStopAt, IReadOnlyList<string> KeepAlive, bool StopNow);
