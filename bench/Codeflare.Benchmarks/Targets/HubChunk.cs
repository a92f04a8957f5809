namespace Codeflare.Benchmarks.Targets;

// One item of the hub's Attach stream (SPEC §14): `offset` is the position of the chunk's first
// byte in the terminal's output since it started, `data` the bytes, `reset` true when the asked
// offset was no longer buffered and what follows is a repaint.
internal sealed record HubChunk(long Offset, byte[] Data, bool Reset)
{
    // Read from the MessagePack map rather than bound to a class, so that both a contractless
    // server record (keys "Offset", "Data", "Reset") and camelCase keys (as in the JSON protocol)
    // are understood: the hub does not exist yet and either is a reasonable way to write it.
    public static HubChunk From(IDictionary<string, object?> map) => new(
        Convert.ToInt64(Value(map, "offset") ?? throw new InvalidDataException("A hub chunk without an offset.")),
        Value(map, "data") as byte[] ?? throw new InvalidDataException("A hub chunk whose data is not binary."),
        Value(map, "reset") is true);

    private static object? Value(IDictionary<string, object?> map, string camelCase) =>
        map.TryGetValue(camelCase, out var value) ? value
        : map.TryGetValue(char.ToUpperInvariant(camelCase[0]) + camelCase[1..], out value) ? value
        : null;
}
