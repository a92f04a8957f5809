using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Codeflare.Sessions.Infrastructure.Recordings;

/// <summary>
/// asciicast v2 (one JSON header line, then one <c>[time, code, data]</c> line per event). Terminal bytes are decoded as
/// UTF-8 across reads: a character split between two reads is written whole with the second; bytes that are not
/// UTF-8 become U+FFFD, since an asciicast's data is a JSON string. Output and input keep separate decoders.
/// </summary>
internal sealed class AsciicastWriter
{
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly Decoder output = new UTF8Encoding(false, false).GetDecoder();
    private readonly Decoder input = new UTF8Encoding(false, false).GetDecoder();

    public static void Header(IBufferWriter<byte> to, int width, int height, DateTimeOffset startedAt)
    {
        using (var json = new Utf8JsonWriter(to, Json))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 2);
            json.WriteNumber("width", width);
            json.WriteNumber("height", height);
            json.WriteNumber("timestamp", startedAt.ToUnixTimeSeconds());
            json.WriteStartObject("env");
            json.WriteString("TERM", "xterm-256color");
            json.WriteString("SHELL", "/bin/bash");
            json.WriteEndObject();
            json.WriteEndObject();
        }
        to.Write(NewLine);
    }

    public void Output(IBufferWriter<byte> to, TimeSpan at, ReadOnlySpan<byte> data) => Bytes(to, at, "o", output, data);

    public void Input(IBufferWriter<byte> to, TimeSpan at, ReadOnlySpan<byte> data) => Bytes(to, at, "i", input, data);

    public static void Resize(IBufferWriter<byte> to, TimeSpan at, int cols, int rows) => Event(to, at, "r", $"{cols}x{rows}");

    public static void Marker(IBufferWriter<byte> to, TimeSpan at, string label) => Event(to, at, "m", label);

    private static void Bytes(IBufferWriter<byte> to, TimeSpan at, string code, Decoder decoder, ReadOnlySpan<byte> data)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, decoder.GetCharCount(data, flush: false)));
        try
        {
            var count = decoder.GetChars(data, chars, flush: false);
            if (count > 0) Event(to, at, code, chars.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static void Event(IBufferWriter<byte> to, TimeSpan at, string code, ReadOnlySpan<char> data)
    {
        using (var json = new Utf8JsonWriter(to, Json))
        {
            json.WriteStartArray();
            json.WriteNumberValue(Math.Round(at.TotalSeconds, 6));
            json.WriteStringValue(code);
            json.WriteStringValue(data);
            json.WriteEndArray();
        }
        to.Write(NewLine);
    }
}
