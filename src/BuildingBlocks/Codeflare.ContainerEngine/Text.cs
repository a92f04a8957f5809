namespace Codeflare.ContainerEngine;

/// <summary>Text that came out of a container, made safe for a log line or an error message.</summary>
public static class Text
{
    /// <summary>Control characters (newlines and escapes included) become spaces; at most <paramref name="max"/> characters.</summary>
    public static string Printable(string text, int max)
    {
        var cut = text.Length > max ? text[..max] : text;
        return string.Create(cut.Length, cut, (span, source) =>
        {
            for (var index = 0; index < source.Length; index++) span[index] = char.IsControl(source[index]) ? ' ' : source[index];
        }).Trim();
    }
}
