namespace Codeflare.Storage.WorkspaceSync;

/// <summary>What one sync may read out of a container; a container that offers more fails its own sync, nobody else's.</summary>
internal sealed class SyncBudget(long maxBytes)
{
    private long read;

    public void Take(long bytes)
    {
        if (Interlocked.Add(ref read, bytes) > maxBytes)
            throw new InvalidOperationException($"The container offered more than the {maxBytes} bytes one sync may read.");
    }
}
