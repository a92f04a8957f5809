using System.Globalization;
using System.Text;
using static Codeflare.Benchmarks.Report.Comparisons;

namespace Codeflare.Benchmarks.Report;

internal static class MarkdownReport
{
    public static string Render(BenchReport report)
    {
        var o = report.Options;
        var f = report.Facts;
        var md = new StringBuilder();
        md.AppendLine("# Benchmarks").AppendLine();
        md.AppendLine(Invariant($"Written by `./codeflare bench` on {f.At:yyyy-MM-dd HH:mm} UTC. The machine is shared with other builds, so single runs are noisy (see the load averages); compare ratios from one run, not absolute numbers across runs.")).AppendLine();
        md.AppendLine("## Terminal targets (SPEC §10)").AppendLine();
        md.AppendLine("\"Ours\" is Codeflare's terminal hub. Every reference was measured in the same run.").AppendLine();
        Table(md, ["measure", "ours (hub)", "reference", "ratio", "target", "pass/fail"],
            From(report).Select(r => new[] { r.Measure, r.Ours, r.Reference, r.Ratio, r.Target, r.Verdict }));
        md.AppendLine().AppendLine("## Every target's raw numbers").AppendLine();
        Table(md, ["target", "echo p50", "echo p99", "echo max", $"flood {o.FloodMib} MiB", "received", "rate", "hub replay", "load avg at start"],
            report.Targets.Select(Raw));
        md.AppendLine();
        foreach (var t in report.Targets)
        {
            md.AppendLine($"- **{t.Name}**: {t.Description}{(t.Status is null ? "" : $" — {t.Status}")}");
        }
        md.AppendLine().AppendLine("## Machine").AppendLine();
        md.AppendLine($"- {f.Cores} cores ({f.Cpu}), {f.Memory} memory; {f.Os}, kernel {f.Kernel}");
        md.AppendLine($"- Docker engine {f.Docker}; {f.Dotnet}");
        md.AppendLine($"- load average (1, 5, 15 min) before: {f.LoadBefore}; after: {report.LoadAfter}");
        md.AppendLine().AppendLine("## How measured").AppendLine();
        md.AppendLine(Invariant($"- One container from `{o.Image}` (docker-init, no network); every target runs `bash --norc --noprofile` in it at {o.Cols}×{o.Rows} and is given the prompt `PS1='cf#@>'` (`#` and `@` never occur in base64). Targets run one after another in the same process."));
        md.AppendLine(Invariant($"- **Echo**: {o.Warmup} unmeasured keystrokes, then {o.Keystrokes} single lower-case letters at a quiet prompt, at most one every {o.KeyGapMs} ms (under the hub's input rate limit); each is timed from the send until that letter appears in the client's output. Lines are emptied with Ctrl-U + Enter every 100 keys (untimed) so readline never wraps. p50/p99 by nearest rank."));
        md.AppendLine(Invariant($"- **Flood**: `head -c {o.FloodMib}M /dev/zero | base64` + Enter, timed until the prompt is back in the client's output; \"received\" counts every byte the client got (base64 with CRLF line ends), \"rate\" is received MiB per second. Median of {o.FloodRuns} run(s)."));
        md.AppendLine(Invariant($"- **Time to ready agent** (cold): {o.ReadyRuns} new bash sessions one after another; each timed from `POST …/start` until the first byte of tab 1's prompt reaches a hub client that attaches as soon as the status (polled every 10 ms) says running; p50."));
        md.AppendLine(Invariant($"- **Hub throughput**: after the flood, the hub client re-attaches {o.ReplayMib} times 1 MiB back from its last offset, so the bytes come from the hub's ring buffer rather than the PTY; MiB per second over all replays."));
        md.AppendLine(Invariant($"- wetty reaches the container the way it would reach any: its command is `docker exec -it … bash`, so its path has one PTY more than the floor's (the docker CLI's); `--wetty-shell host` gives it a host bash instead, as INFRA-NOTES measured it (this run: {o.WettyShell})."));
        md.AppendLine("- Clients do not render (no xterm.js); wetty's flow control is honoured by acknowledging (`commit`) every 262,144 characters the harness has consumed, as wetty's own page does.");
        return md.ToString();
    }

    private static string[] Raw(TargetResult t)
    {
        if (t.Status is not null) return [t.Name, t.Status.Split(':')[0], "", "", "", "", "", "", ""];
        var e = t.Echo!;
        var fl = t.Flood;
        return
        [
            t.Name, Ms(e.P50Ms), Ms(e.P99Ms), Ms(e.MaxMs),
            fl is null ? "–" : Seconds(fl.Seconds),
            fl is null ? "–" : Invariant($"{fl.BytesReceived:N0} B"),
            fl is null ? "–" : Rate(fl.MibPerSecond),
            t.ReplayMibPerSecond is { } r ? Rate(r) : "–",
            t.LoadAtStart ?? "",
        ];
    }

    private static void Table(StringBuilder md, string[] header, IEnumerable<string[]> rows)
    {
        md.AppendLine($"| {string.Join(" | ", header)} |");
        md.AppendLine($"|{string.Concat(header.Select(_ => "---|"))}");
        foreach (var row in rows) md.AppendLine($"| {string.Join(" | ", row)} |");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
