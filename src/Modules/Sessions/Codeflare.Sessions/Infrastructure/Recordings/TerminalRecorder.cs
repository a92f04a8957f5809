using System.Buffers;
using Codeflare.Sessions.Infrastructure.Terminals;
using Microsoft.Extensions.Logging;

namespace Codeflare.Sessions.Infrastructure.Recordings;

/// <summary>
/// Records one terminal as asciicast v2 and sends it to the store in parts: one at least every
/// <see cref="RecordingOptions.PartInterval"/> while there is output and one as soon as
/// <see cref="RecordingOptions.PartBytes"/> wait. The terminal's pump only appends to memory here and never waits for
/// the store; what the store has not taken is bounded (<see cref="RecordingOptions.MaxPendingBytes"/>) and output past
/// that is counted and noted in the recording as a gap. A part the store refused is sent again, first, with the next.
/// </summary>
internal sealed class TerminalRecorder : IAsyncDisposable
{
    private static readonly TimeSpan FinalDeadline = TimeSpan.FromSeconds(10);
    private readonly object gate = new();
    private readonly ArrayBufferWriter<byte> pending = new();
    private readonly AsciicastWriter writer = new();
    private readonly TerminalKey key;
    private readonly int width;
    private readonly int height;
    private readonly DateTimeOffset startedAt;
    private readonly long started;
    private readonly RecordingOptions options;
    private readonly IRecordingSink sink;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly CancellationTokenSource closing = new();
    private readonly Task flushing;
    private TaskCompletionSource due = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private byte[]? unsent;
    private long recorded;
    private long dropped;
    private long lastEventMs;
    private bool truncated;
    private int nextPart;

    public TerminalRecorder(TerminalKey key, int width, int height, RecordingOptions options, IRecordingSink sink, TimeProvider clock, ILogger logger)
    {
        (this.key, this.width, this.height, this.options, this.sink, this.clock, this.logger) = (key, width, height, options, sink, clock, logger);
        startedAt = clock.GetUtcNow();
        started = clock.GetTimestamp();
        AsciicastWriter.Header(pending, width, height, startedAt);
        recorded = pending.WrittenCount;
        flushing = FlushLoopAsync();
    }

    public Guid Id { get; } = Guid.NewGuid();

    public void Output(ReadOnlySpan<byte> data)
    {
        lock (gate)
        {
            if (!Room(data.Length, out var at)) return;
            var before = pending.WrittenCount;
            writer.Output(pending, at, data);
            Recorded(before, at);
        }
    }

    public void Input(ReadOnlySpan<byte> data)
    {
        if (!options.RecordInput) return;
        lock (gate)
        {
            if (!Room(data.Length, out var at)) return;
            var before = pending.WrittenCount;
            writer.Input(pending, at, data);
            Recorded(before, at);
        }
    }

    public void Resized(int cols, int rows)
    {
        lock (gate)
        {
            if (!Room(0, out var at)) return;
            var before = pending.WrittenCount;
            AsciicastWriter.Resize(pending, at, cols, rows);
            Recorded(before, at);
        }
    }

    /// <summary>Whether an event may be written now; notes a gap left by the store first. Called under the gate.</summary>
    private bool Room(int bytes, out TimeSpan at)
    {
        at = clock.GetElapsedTime(started);
        if (truncated) return false;
        if (pending.WrittenCount + (unsent?.Length ?? 0) >= options.MaxPendingBytes)
        {
            dropped += bytes;
            return false;
        }
        if (dropped > 0)
        {
            AsciicastWriter.Marker(pending, at, $"{dropped:N0} bytes of output are missing here: the store did not keep up");
            dropped = 0;
        }
        return true;
    }

    private void Recorded(int before, TimeSpan at)
    {
        recorded += pending.WrittenCount - before;
        lastEventMs = (long)at.TotalMilliseconds;
        if (recorded >= options.MaxBytes)
        {
            AsciicastWriter.Marker(pending, at, $"The recording stops here: it reached its maximum of {options.MaxBytes:N0} bytes");
            truncated = true;
        }
        if (pending.WrittenCount >= options.PartBytes || truncated) due.TrySetResult();
    }

    private async Task FlushLoopAsync()
    {
        await Task.Yield();
        while (!closing.IsCancellationRequested)
        {
            var signal = due.Task;
            try
            {
                await signal.WaitAsync(options.PartInterval, clock, closing.Token);
            }
            catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
            {
            }
            if (signal.IsCompleted) due = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!closing.IsCancellationRequested) await FlushAsync(closing.Token);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        RecordedPart part;
        lock (gate)
        {
            if (unsent is null && pending.WrittenCount == 0) return;
            var body = unsent is null ? pending.WrittenSpan.ToArray() : [.. unsent, .. pending.WrittenSpan];
            pending.ResetWrittenCount();
            unsent = null;
            part = new RecordedPart(Id, key, nextPart, body, lastEventMs, width, height, startedAt, truncated);
        }
        try
        {
            await sink.StoreAsync(part, cancellationToken);
            lock (gate) nextPart++;
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Storing part {Part} of the recording of tab {Tab} of session {SessionId} failed; it is sent again with the next",
                part.Number, key.Tab, key.SessionId);
            lock (gate) unsent = part.Body;
        }
    }

    /// <summary>Sends what is left as the last part, within a deadline: a closing tab must not wait on a dead store.</summary>
    public async ValueTask DisposeAsync()
    {
        await closing.CancelAsync();
        await flushing;
        using var deadline = new CancellationTokenSource(FinalDeadline);
        await FlushAsync(deadline.Token);
        closing.Dispose();
    }
}
