namespace Codeflare.Benchmarks.Targets;

// A terminal the harness can type into and read from: the floor (a bare Docker exec TTY), a
// reference web terminal, or Codeflare's hub. Every target runs `bash --norc --noprofile` in the
// bench container at the same size, so the measures differ only by what sits in between.
internal interface ITerminalTarget : IAsyncDisposable
{
    // Shown in the report's raw section, e.g. "floor".
    string Name { get; }

    // One line on how the target reaches the shell, for the report's "how measured".
    string Description { get; }

    Task StartAsync(int cols, int rows, CancellationToken ct);

    ValueTask SendAsync(ReadOnlyMemory<byte> input, CancellationToken ct);

    // The terminal's output as it arrives. A chunk is only valid until the next MoveNextAsync:
    // targets hand out their receive buffer instead of copying, so that reading costs nothing
    // the measure would see. Enumerate it once.
    IAsyncEnumerable<ReadOnlyMemory<byte>> ReadOutputAsync(CancellationToken ct);
}
