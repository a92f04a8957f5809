using Codeflare.Benchmarks.Measures;

namespace Codeflare.Benchmarks.Report;

// What one target gave, or why it gave nothing: `Status` is null when measured, else a
// "pending: …", "unavailable: …" or "failed: …" line that the report prints instead of numbers.
internal sealed record TargetResult(
    string Name,
    string Description,
    string? Status,
    EchoResult? Echo,
    IReadOnlyList<FloodResult> Floods,
    double? ReplayMibPerSecond,
    string? LoadAtStart = null,
    IReadOnlyList<double>? ReadyMs = null)
{
    public static TargetResult NotMeasured(string name, string description, string status) => new(name, description, status, null, [], null);

    // The median run (by time) when the flood ran more than once.
    // p50 of the cold starts (POST start → first prompt byte), when they were measured.
    public double? ReadyP50Ms => ReadyMs is { Count: > 0 } ready ? ready.Order().ElementAt((ready.Count - 1) / 2) : null;

    public FloodResult? Flood => Floods.Count == 0 ? null : Floods.OrderBy(f => f.Seconds).ElementAt((Floods.Count - 1) / 2);
}
