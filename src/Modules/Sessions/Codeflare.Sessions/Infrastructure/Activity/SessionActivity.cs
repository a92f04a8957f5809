using System.Collections.Concurrent;

namespace Codeflare.Sessions.Infrastructure.Activity;

/// <summary>
/// In-memory activity per running session, fed by the terminal hub (attach, detach, input, output) and the
/// metrics sampler (CPU). Deliberately not events: it changes with every keystroke. After a host restart the
/// clock starts again from the restart, so a restart never stops a session early.
/// </summary>
internal sealed class SessionActivity(TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, Entry> entries = new();
    private readonly DateTimeOffset trackingSince = clock.GetUtcNow();

    public void ClientAttached(Guid sessionId) => Update(sessionId, entry => entry with { Attached = entry.Attached + 1, User = clock.GetUtcNow() });
    public void ClientDetached(Guid sessionId) => Update(sessionId, entry => entry with { Attached = Math.Max(0, entry.Attached - 1), User = clock.GetUtcNow() });
    public void Input(Guid sessionId) => Update(sessionId, entry => entry with { User = clock.GetUtcNow() });
    public void AgentActive(Guid sessionId) => Update(sessionId, entry => entry with { Agent = clock.GetUtcNow() });
    public void Forget(Guid sessionId) => entries.TryRemove(sessionId, out _);

    /// <summary><paramref name="readyAt"/> is when the session last became ready: the idle clock never starts before it.</summary>
    public ActivitySnapshot Snapshot(Guid sessionId, DateTimeOffset? readyAt)
    {
        var baseline = readyAt is { } ready && ready > trackingSince ? ready : trackingSince;
        var entry = entries.GetValueOrDefault(sessionId) ?? new Entry(0, baseline, baseline);
        return new ActivitySnapshot(entry.Attached, Max(entry.User, baseline), Max(entry.Agent, baseline));
    }

    private void Update(Guid sessionId, Func<Entry, Entry> change)
    {
        var now = clock.GetUtcNow();
        entries.AddOrUpdate(sessionId, _ => change(new Entry(0, now, now)), (_, entry) => change(entry));
    }

    private static DateTimeOffset Max(DateTimeOffset left, DateTimeOffset right) => left > right ? left : right;

    private sealed record Entry(int Attached, DateTimeOffset User, DateTimeOffset Agent);
}
