namespace Codeflare.Benchmarks.Measures;

// Finds a byte pattern in a stream of chunks, also where a chunk boundary splits it.
internal sealed class MarkerScanner(ReadOnlyMemory<byte> marker)
{
    private readonly byte[] carry = new byte[Math.Max(0, marker.Length - 1) * 2];
    private int carried;

    public bool Found(ReadOnlySpan<byte> chunk)
    {
        var pattern = marker.Span;
        if (chunk.IndexOf(pattern) >= 0) return true;
        if (carry.Length == 0) return false;
        // Only the seam can still hold it: the previous chunk's tail joined to this one's head.
        var head = chunk[..Math.Min(chunk.Length, pattern.Length - 1)];
        head.CopyTo(carry.AsSpan(carried));
        if (carry.AsSpan(0, carried + head.Length).IndexOf(pattern) >= 0) return true;
        Remember(chunk, pattern.Length - 1);
        return false;
    }

    private void Remember(ReadOnlySpan<byte> chunk, int keep)
    {
        var joined = carried + Math.Min(chunk.Length, keep);
        if (chunk.Length >= keep)
        {
            chunk[^keep..].CopyTo(carry);
            carried = keep;
            return;
        }
        // A chunk shorter than the pattern: keep the last `keep` bytes of carry + chunk.
        var tail = carry.AsSpan(0, joined)[Math.Max(0, joined - keep)..].ToArray();
        tail.CopyTo(carry);
        carried = tail.Length;
    }
}
