namespace Codeflare.Benchmarks.Sync;

/// <summary>
/// The host process's resident memory, read from <c>/proc/&lt;pid&gt;/status</c> (VmRSS) every 50 ms while a restore runs.
/// VmHWM would give the peak for free but cannot be reset, so after the first restore it would only ever repeat the
/// largest one so far; sampling VmRSS gives each restore's own peak (a spike shorter than 50 ms can be missed).
/// </summary>
internal sealed class RssSampler
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);
    private readonly int pid;
    private readonly List<long> kib = [];
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private readonly DateTimeOffset started = DateTimeOffset.UtcNow;

    private RssSampler(int pid)
    {
        this.pid = pid;
        loop = Task.Run(SampleAsync);
    }

    /// <summary>Starts sampling, or returns null when there is no host pid to sample (the row then says so).</summary>
    public static RssSampler? Start(int? pid) => pid is { } id && Directory.Exists($"/proc/{id}") ? new RssSampler(id) : null;

    public async Task<RssSamples> StopAsync()
    {
        var window = DateTimeOffset.UtcNow - started;
        await stop.CancelAsync();
        await loop;
        stop.Dispose();
        if (kib.Count == 0) throw new InvalidOperationException($"No VmRSS sample of pid {pid} (did the host exit?).");
        var sorted = kib.Order().ToList();
        return new RssSamples(pid, kib.Count, window, kib[0], sorted[0], sorted[sorted.Count / 2], sorted[^1]);
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            if (Read() is { } value) kib.Add(value);
        }
        while (await Tick(timer));
    }

    private async Task<bool> Tick(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    // "VmRSS:	  123456 kB"
    private long? Read()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            // The process is gone; StopAsync reports it if no sample was taken at all.
        }
        return null;
    }
}
