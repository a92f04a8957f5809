namespace Codeflare.BuildingBlocks.Events;

/// <summary>
/// A refused request that an actor may repeat without bound. <see cref="IAuditTrail.RecordDenialAsync"/> writes the
/// first one of a caller, reason and target at once and counts the repeats within a window into one more event,
/// so a flood of refusals cannot flood the log, and none is lost.
/// </summary>
public interface IDenial
{
    /// <summary>Why it was refused (the permission it needs, the hub's reason).</summary>
    string Reason { get; }

    /// <summary>What was refused (the request, the hub method on a session's tab): with the caller and reason, the coalescing key.</summary>
    string Target { get; }

    /// <summary>When it was refused; for a summary, the first of its repeats.</summary>
    DateTimeOffset At { get; }

    /// <summary>How many refusals the event stands for: 1, or the repeats a closed window counted.</summary>
    int Count { get; }

    /// <summary>The same refusal standing for <paramref name="count"/> repeats from <paramref name="firstAt"/> to <paramref name="lastAt"/>.</summary>
    IDenial Repeated(int count, DateTimeOffset firstAt, DateTimeOffset lastAt);
}
