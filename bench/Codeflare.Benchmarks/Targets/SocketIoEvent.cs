using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Codeflare.Benchmarks.Targets;

// Socket.IO event arrays as wetty speaks them: `["input","…"]` out, `["data","…"]` in.
internal static class SocketIoEvent
{
    public static byte[] Encode(string name, object argument) => JsonSerializer.SerializeToUtf8Bytes(new[] { name, argument });

    public static string Name(ReadOnlySpan<byte> eventArray)
    {
        var reader = new Utf8JsonReader(eventArray);
        reader.Read();
        reader.Read();
        return reader.GetString() ?? "";
    }

    // A `data` event's string, unescaped straight into a pooled UTF-8 buffer (no string in
    // between: a flood is hundreds of MB). The caller returns the buffer to the shared pool.
    public static (byte[] Buffer, int Length) DataBytes(ReadOnlySpan<byte> eventArray)
    {
        var reader = new Utf8JsonReader(eventArray);
        reader.Read();
        reader.Read();
        reader.Read();
        if (reader.TokenType != JsonTokenType.String) throw new InvalidDataException("A wetty data event without a string.");
        var escaped = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(escaped, 1));
        return (buffer, reader.CopyString(buffer));
    }

    // wetty counts what it sends in JavaScript string length (UTF-16 units); commits must too.
    public static int Utf16Length(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetCharCount(utf8);
}
