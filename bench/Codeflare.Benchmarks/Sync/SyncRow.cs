namespace Codeflare.Benchmarks.Sync;

/// <summary>One line of the sync table, already formatted; <see cref="Pass"/> is null when there is nothing to judge.</summary>
internal sealed record SyncRow(string Measure, string Ours, string Reference, string Ratio, string Target, bool? Pass)
{
    public string Verdict => Pass switch { true => "pass", false => "FAIL", null => "–" };
}
