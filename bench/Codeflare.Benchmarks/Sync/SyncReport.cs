using System.Globalization;
using System.Text;

namespace Codeflare.Benchmarks.Sync;

/// <summary>
/// The sync rows as their own section of BENCHMARKS.md, between markers, so a terminal run and a sync run each
/// replace only their own part: the table (<see cref="SyncRows"/>), then every measure's raw numbers.
/// </summary>
internal static class SyncReport
{
    public const string Start = "<!-- sync:start -->";
    public const string End = "<!-- sync:end -->";

    public static string Render(SyncResults results, string load)
    {
        var md = new StringBuilder();
        md.AppendLine(Start);
        md.AppendLine("## Workspace sync (SPEC §10)");
        md.AppendLine();
        md.AppendLine(Invariant($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC (load average {load}). The same files, the same Ceph RGW and bucket: Codeflare's host-side sync (Docker archive/exec ↔ S3) against rclone (local folder ↔ S3, `--transfers 8 --checkers 16`)."));
        md.AppendLine("Restore: store → a new session's home (the `WorkspaceRestored` event's duration) vs `rclone copy` to a local folder. Incremental: 1 % of the files changed (ours in the container, rclone's in its folder) and synced up (the next `WorkspaceSynced`'s duration vs `rclone sync`). No-change: a sync with nothing to do (the status's `lastSyncDurationMs` vs `rclone sync` again). First sync up: new files written in a fresh session's container (a tar through an exec, unpacked aside and moved into `~/.config/` at once) and carried up by the next `WorkspaceSynced` vs `rclone copy` of the same files to a fresh prefix. Host peak RSS: the Codeflare host's VmRSS sampled every 50 ms during each restore; the mixed sets have the same file sizes (64 MiB and 256 KiB), only more of them.");
        md.AppendLine();
        md.AppendLine("| measure | ours | reference | ratio | target | verdict |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var row in SyncRows.From(results))
            md.AppendLine($"| {row.Measure} | {row.Ours} | {row.Reference} | {row.Ratio} | {row.Target} | {row.Verdict} |");
        md.AppendLine();
        md.AppendLine("### Raw numbers");
        md.AppendLine();
        foreach (var round in results.Rounds) md.AppendLine(Raw(round));
        if (results.FirstUp is { } up)
            md.AppendLine(Invariant($"- **first-up**: {up.Files:N0} files, {up.Bytes:N0} B; ours {(up.TimedOut ? "not carried up within " : "")}{up.Ours:F3} s, rclone {up.Rclone:F3} s"));
        md.AppendLine(results.Host is null
            ? "- host RSS not sampled: no host pid (`--host-pid` or `CODEFLARE_BENCH_HOST_PID`; ./codeflare bench passes its own instance's)"
            : $"- host sampled: {results.Host}");
        md.AppendLine(End);
        return md.ToString();
    }

    private static string Raw(SyncRound round)
    {
        var r = round.Restore;
        var line = new StringBuilder(Invariant($"- **{round.Dataset}**: {r.Files:N0} files, {r.Bytes:N0} B; restore ours {r.Ours:F3} s, rclone {r.Rclone:F3} s"));
        if (round.Incremental is { } i) line.Append(Invariant($"; incremental {i.Files:N0} files, {i.Bytes:N0} B: ours {i.Ours:F3} s, rclone {i.Rclone:F3} s"));
        if (round.NoChange is { } n) line.Append(Invariant($"; no-change ours {n.Ours:F3} s, rclone {n.Rclone:F3} s"));
        if (round.RestoreRss is { } rss)
            line.Append(Invariant($"; host VmRSS over the restore ({rss.Count} samples in {rss.Window.TotalSeconds:F1} s): first {Mib(rss.FirstKib)}, min {Mib(rss.MinKib)}, median {Mib(rss.MedianKib)}, peak {Mib(rss.PeakKib)}"));
        return line.ToString();
    }

    private static string Mib(long kib) => Invariant($"{kib / 1024.0:F1} MiB");

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

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
