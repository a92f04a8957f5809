using System.Collections.Concurrent;

namespace Codeflare.Sessions.Infrastructure.Activity;

/// <summary>The metrics read model: the latest sample per running session, in memory (SPEC §3: not events).</summary>
internal sealed class SessionMetricsStore
{
    private readonly ConcurrentDictionary<Guid, SessionMetrics> latest = new();

    public SessionMetrics? Get(Guid sessionId) => latest.GetValueOrDefault(sessionId);
    public void Set(Guid sessionId, SessionMetrics metrics) => latest[sessionId] = metrics;

    public void KeepOnly(IReadOnlySet<Guid> running)
    {
        foreach (var sessionId in latest.Keys.Where(sessionId => !running.Contains(sessionId))) latest.TryRemove(sessionId, out _);
    }
}
