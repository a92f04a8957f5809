namespace Codeflare.Benchmarks.Sync;

/// <summary>What one `--sync` run measured; a set left out by <c>--sync-sets</c> is null.</summary>
internal sealed record SyncResults(SyncRound? Small, SyncMeasure? FirstUp, SyncRound? Rss, SyncRound? Mixed, string? Host)
{
    public IEnumerable<SyncRound> Rounds => new[] { Small, Rss, Mixed }.OfType<SyncRound>();
}
