using System.Globalization;

namespace Codeflare.Benchmarks.Report;

// The rows of SPEC §10's table for the terminal: "ours" is always Codeflare's hub, each compared
// with the reference measured in the same run. A missing number is never filled in: the cell
// says pending (the hub), or n/a (a reference that could not run).
internal static class Comparisons
{
    public static IReadOnlyList<ComparisonRow> From(BenchReport report)
    {
        var (floor, wetty, hub) = (report.Floor, report.Wetty, report.Hub);
        var flood = $"flood {report.Options.FloodMib} MiB";
        return
        [
            Row("echo p50 vs floor", hub, floor, r => r.Echo?.P50Ms, Ms, "≤ 2 ms and ≤ 1.5× floor", (o, x) => o <= 2 && o / x <= 1.5),
            Row("echo p99", hub, floor, r => r.Echo?.P99Ms, Ms, "≤ 10 ms", (o, _) => o <= 10),
            Row("echo p50 vs wetty", hub, wetty, r => r.Echo?.P50Ms, Ms, "< 1.0× wetty", (o, x) => o < x),
            Row($"{flood} vs floor", hub, floor, r => r.Flood?.Seconds, Seconds, "≤ 1.0× floor", (o, x) => o <= x),
            Row($"{flood} vs wetty", hub, wetty, r => r.Flood?.Seconds, Seconds, "≤ 0.7× wetty", (o, x) => o <= 0.7 * x),
            Throughput(hub, floor),
            Ready(hub),
        ];
    }

    private static ComparisonRow Row(string measure, TargetResult ours, TargetResult reference, Func<TargetResult, double?> value,
        Func<double, string> format, string target, Func<double, double, bool> passes)
    {
        var o = value(ours);
        var x = value(reference);
        var oursCell = o is { } ov ? format(ov) : Short(ours.Status);
        var referenceCell = x is { } xv ? $"{format(xv)} ({reference.Name})" : $"{reference.Name}: {Short(reference.Status)}";
        var ratio = o is { } a && x is { } b && b > 0 ? string.Create(CultureInfo.InvariantCulture, $"{a / b:F2}×") : "–";
        var verdict = o is null ? Short(ours.Status) : x is null ? "n/a" : passes(o.Value, x.Value) ? "pass" : "FAIL";
        return new ComparisonRow(measure, oursCell, referenceCell, ratio, target, verdict);
    }

    // Judged on the hub's own replay rate; the floor's flood rate stands beside it to show why the
    // flood itself cannot reach the target (the PTY is the bottleneck, not the network).
    private static ComparisonRow Throughput(TargetResult hub, TargetResult floor)
    {
        var row = Row("hub throughput (ring-buffer replay)", hub, floor, r => r.ReplayMibPerSecond ?? r.Flood?.MibPerSecond, Rate, "≥ 100 MiB/s", (o, _) => o >= 100);
        return row with { Reference = floor.Flood is { } f ? $"{Rate(f.MibPerSecond)} (floor's flood)" : row.Reference };
    }

    // No reference exists for a session start; the target is absolute.
    private static ComparisonRow Ready(TargetResult hub) => hub.ReadyP50Ms is { } p50
        ? new ComparisonRow($"time to ready agent, cold p50 ({hub.ReadyMs!.Count} starts)", Ms(p50), "–", "–", "≤ 1.5 s", p50 <= 1500 ? "pass" : "FAIL")
        : new ComparisonRow("time to ready agent, cold p50", Short(hub.Status ?? "not measured"), "–", "–", "≤ 1.5 s", Short(hub.Status ?? "not measured"));

    // "pending: the hub is not built yet (…)" → "pending" in a table cell; the full line is in the raw section.
    private static string Short(string? status) => status is null ? "?" : status.Split(':')[0];

    public static string Ms(double ms) => string.Create(CultureInfo.InvariantCulture, $"{ms:F2} ms");

    public static string Seconds(double s) => string.Create(CultureInfo.InvariantCulture, $"{s:F2} s");

    public static string Rate(double mibPerSecond) => string.Create(CultureInfo.InvariantCulture, $"{mibPerSecond:F1} MiB/s");
}
