namespace Codeflare.Benchmarks.Report;

internal sealed record BenchReport(BenchOptions Options, MachineFacts Facts, string LoadAfter, TargetResult Floor, TargetResult Wetty, TargetResult Hub)
{
    public IEnumerable<TargetResult> Targets => [Floor, Wetty, Hub];
}
