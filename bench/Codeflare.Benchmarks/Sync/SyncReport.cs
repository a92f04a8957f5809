using System.Globalization;
using System.Text;

namespace Codeflare.Benchmarks.Sync;

/// <summary>
/// The sync rows as their own section of BENCHMARKS.md, between markers, so a terminal run and a sync run each
/// replace only their own part. Throughput ratio = rclone's time / ours on the same bytes (≥ 0.8 passes).
/// </summary>
internal static class SyncReport
{
    public const string Start = "<!-- sync:start -->";
    public const string End = "<!-- sync:end -->";

    public static string Render(IReadOnlyList<SyncRound> rounds, string load)
    {
        var md = new StringBuilder();
        md.AppendLine(Start);
        md.AppendLine("## Workspace sync (SPEC §10)");
        md.AppendLine();
        md.AppendLine(Invariant($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC (load average {load}). The same files, the same Ceph RGW and bucket: Codeflare's host-side sync (Docker archive/exec ↔ S3) against rclone (local folder ↔ S3, `--transfers 8 --checkers 16`)."));
        md.AppendLine("Restore: store → a new session's home (the `WorkspaceRestored` event's duration) vs `rclone copy` to a local folder. Incremental: 1 % of the files changed (ours in the container, rclone's in its folder) and synced up (the next `WorkspaceSynced`'s duration vs `rclone sync`). No-change: a sync with nothing to do (the status's `lastSyncDurationMs` vs `rclone sync` again).");
        md.AppendLine();
        md.AppendLine("| measure | ours | rclone | throughput ratio | target | verdict |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var round in rounds)
        {
            var set = Invariant($"{round.Files:N0} files, {round.Bytes / 1048576.0:F0} MiB");
            Row(md, $"restore, {set}", round.RestoreOurs, round.RestoreRclone, round.Bytes);
            Row(md, Invariant($"incremental, {round.ChangedFiles:N0} changed ({round.ChangedBytes / 1048576.0:F1} MiB) of {set}"), round.IncrementalOurs, round.IncrementalRclone, round.ChangedBytes);
            md.AppendLine(Invariant($"| no-change, {set} | {round.NoChangeOurs:F2} s | {round.NoChangeRclone:F2} s | {Ratio(round.NoChangeOurs, round.NoChangeRclone)} | ≤ 1 s | {(round.NoChangeOurs <= 1 ? "pass" : "FAIL")} |"));
        }
        md.AppendLine(End);
        return md.ToString();
    }

    /// <summary>The report with its sync section replaced (or added at the end).</summary>
    public static string Splice(string report, string section)
    {
        var start = report.IndexOf(Start, StringComparison.Ordinal);
        var end = report.IndexOf(End, StringComparison.Ordinal);
        return start >= 0 && end > start
            ? report[..start] + section.TrimEnd() + report[(end + End.Length)..]
            : report.TrimEnd() + Environment.NewLine + Environment.NewLine + section;
    }

    /// <summary>The sync section of an existing report, to keep when the terminal part is written again.</summary>
    public static string? Existing(string report)
    {
        var start = report.IndexOf(Start, StringComparison.Ordinal);
        var end = report.IndexOf(End, StringComparison.Ordinal);
        return start >= 0 && end > start ? report[start..(end + End.Length)] + Environment.NewLine : null;
    }

    private static void Row(StringBuilder md, string measure, double ours, double rclone, long bytes)
    {
        var ratio = rclone / ours;
        md.AppendLine(Invariant($"| {measure} | {ours:F2} s ({Rate(bytes, ours)}) | {rclone:F2} s ({Rate(bytes, rclone)}) | {ratio:F2}× | ≥ 0.8× rclone | {(ratio >= 0.8 ? "pass" : "FAIL")} |"));
    }

    private static string Ratio(double ours, double rclone) => Invariant($"{rclone / ours:F2}×");

    private static string Rate(long bytes, double seconds) => Invariant($"{bytes / 1048576.0 / seconds:F1} MiB/s");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
