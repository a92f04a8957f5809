using System.Globalization;

namespace Codeflare.Benchmarks.Sync;

/// <summary>
/// The sync table: each measure against its target. Throughput ratio = rclone's time / ours on the same bytes; the RSS
/// row compares the host's peak during the big mixed restore with its peak during the smaller one.
/// </summary>
internal static class SyncRows
{
    public static IEnumerable<SyncRow> From(SyncResults results)
    {
        if (results.Small is { } small)
            foreach (var row in Round(small)) yield return row;
        if (results.FirstUp is { } up)
            yield return Throughput(Invariant($"first sync up, {up.Files:N0} new files ({Mib(up.Bytes)}) written in the container"), up, SyncTargets.ThroughputRatio);
        if (results.Mixed is { } mixed)
            foreach (var row in Round(mixed)) yield return row;
        if (results.Rss is not null || results.Mixed is not null) yield return Rss(results.Rss, results.Mixed);
    }

    private static IEnumerable<SyncRow> Round(SyncRound round)
    {
        var set = Invariant($"{round.Restore.Files:N0} files, {Mib(round.Restore.Bytes)}");
        yield return Throughput($"restore, {set}", round.Restore, round.Targets.RestoreRatio);
        if (round.Incremental is { } changed)
            yield return Throughput(Invariant($"incremental, {changed.Files:N0} changed ({changed.Bytes / 1048576.0:F1} MiB) of {set}"), changed, SyncTargets.ThroughputRatio);
        if (round.NoChange is { } quiet)
        {
            var limit = round.Targets.NoChangeSeconds;
            yield return new SyncRow($"no-change, {set}", Invariant($"{quiet.Ours:F2} s"), Invariant($"{quiet.Rclone:F2} s"),
                Invariant($"{quiet.Rclone / quiet.Ours:F2}×"), Invariant($"≤ {limit:0.##} s"), quiet.Ours <= limit);
        }
    }

    private static SyncRow Throughput(string measure, SyncMeasure m, double target) =>
        new(measure, m.TimedOut ? Invariant($"not done in {m.Ours:F0} s") : Invariant($"{m.Ours:F2} s ({Rate(m.Bytes, m.Ours)})"),
            Invariant($"{m.Rclone:F2} s ({Rate(m.Bytes, m.Rclone)})"), Invariant($"{(m.TimedOut ? "< " : "")}{m.Rclone / m.Ours:F2}×"),
            Invariant($"≥ {target:0.0}× rclone"), !m.TimedOut && m.Rclone / m.Ours >= target);

    /// <summary>Ours: the big set's peak; reference: the smaller set's. Without a host pid neither was sampled.</summary>
    private static SyncRow Rss(SyncRound? smaller, SyncRound? bigger)
    {
        var measure = Invariant($"host peak RSS, restore of {Size(bigger)} vs {Size(smaller)} mixed");
        var ours = bigger?.RestoreRss is { } big ? Invariant($"{big.PeakKib / 1024.0:F0} MiB ({Size(bigger)})") : "not sampled";
        var reference = smaller?.RestoreRss is { } little ? Invariant($"{little.PeakKib / 1024.0:F0} MiB ({Size(smaller)})") : "not sampled";
        var target = Invariant($"≤ {SyncTargets.RssGrowth:0.00}× (the same at both sizes)");
        if (bigger?.RestoreRss is not { } b || smaller?.RestoreRss is not { } s) return new SyncRow(measure, ours, reference, "–", target, null);
        var growth = (double)b.PeakKib / s.PeakKib;
        return new SyncRow(measure, ours, reference, Invariant($"{growth:F2}×"), target, growth <= SyncTargets.RssGrowth);
    }

    private static string Size(SyncRound? round) => round is null ? "–" : Mib(round.Restore.Bytes);

    private static string Mib(long bytes) => Invariant($"{bytes / 1048576.0:F0} MiB");

    private static string Rate(long bytes, double seconds) => Invariant($"{bytes / 1048576.0 / seconds:F1} MiB/s");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
