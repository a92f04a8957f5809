using System.Text;

namespace Codeflare.Storage.Features.PreviewFile;

/// <summary>
/// The encoding of a file's first bytes: a byte-order mark says it; else valid UTF-8 is UTF-8; else bytes with NUL
/// are binary; else it is read as ISO-8859-1, which decodes any byte.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string Encoding, string Text)? Decode(ReadOnlySpan<byte> bytes, bool truncated)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return ("utf-8", Encoding.UTF8.GetString(bytes[3..]));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return ("utf-16le", Encoding.Unicode.GetString(bytes[2..]));
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return ("utf-16be", Encoding.BigEndianUnicode.GetString(bytes[2..]));
        if (bytes.Contains((byte)0)) return null;
        // A cut at the preview's end may split a character: judge UTF-8 without the last three bytes' tail.
        var judged = truncated ? bytes[..Math.Max(0, bytes.Length - 3)] : bytes;
        try
        {
            StrictUtf8.GetCharCount(judged);
            return ("utf-8", Encoding.UTF8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return ("iso-8859-1", Encoding.Latin1.GetString(bytes));
        }
    }

}
