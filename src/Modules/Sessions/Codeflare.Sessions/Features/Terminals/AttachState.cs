namespace Codeflare.Sessions.Features.Terminals;

/// <summary>One client's place in one terminal: what it has acknowledged, so the sender can stop when it lags.</summary>
internal sealed class AttachState(long acked)
{
    private readonly object gate = new();
    private TaskCompletionSource acknowledged = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Acked { get; private set; } = acked;

    public void Ack(long offset)
    {
        TaskCompletionSource signal;
        lock (gate)
        {
            if (offset <= Acked) return;
            Acked = offset;
            signal = acknowledged;
            acknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        signal.TrySetResult();
    }

    /// <summary>After a reset the client starts over at <paramref name="offset"/>, whatever it acknowledged before.</summary>
    public void Restart(long offset)
    {
        lock (gate) Acked = offset;
    }

    /// <summary>Completes at the next acknowledgement.</summary>
    public Task NextAckAsync()
    {
        lock (gate) return acknowledged.Task;
    }
}
