using Codeflare.Sessions.Infrastructure.Recordings;

namespace Codeflare.Host.Tests;

/// <summary>
/// The real sink until <see cref="Die"/>: from then on nothing reaches the store, as if the host had been killed
/// (a host in a test process cannot be killed; what a crash costs a recording is what never got stored).
/// </summary>
internal sealed class DyingRecordingSink(RecordingStore real) : IRecordingSink
{
    private volatile bool dead;

    public void Die() => dead = true;

    public Task StoreAsync(RecordedPart part, CancellationToken cancellationToken) =>
        dead ? Task.FromException(new IOException("the host is dead")) : real.StoreAsync(part, cancellationToken);
}
