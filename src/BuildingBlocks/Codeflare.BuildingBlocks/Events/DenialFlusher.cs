using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Codeflare.BuildingBlocks.Events;

/// <summary>
/// Every <c>Audit:DenialFlushInterval</c>, writes the repeats of the windows that closed. Every host runs one; they
/// share the work through the table, and a window whose host died is written by the others.
/// </summary>
internal sealed class DenialFlusher(DenialWindows windows, IOptions<DenialOptions> options, TimeProvider clock, ILogger<DenialFlusher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Waits one interval first: the table is made by the schema migration that runs as the host starts.
        using var timer = new PeriodicTimer(options.Value.DenialFlushInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await FlushAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            var closed = await windows.CloseExpiredAsync(DenialWindow.CutoffFor(clock.GetUtcNow(), options.Value.DenialWindow), cancellationToken);
            if (closed > 0) logger.LogDebug("Closed {Count} denial windows", closed);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The rows stay where they are; the next flush, here or on another host, writes them.
            logger.LogWarning(exception, "Writing closed denial windows failed; trying again in {Interval}", options.Value.DenialFlushInterval);
        }
    }
}
