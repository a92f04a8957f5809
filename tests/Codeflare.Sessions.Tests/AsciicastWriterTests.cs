using System.Buffers;
using System.Text;
using System.Text.Json;
using Codeflare.Sessions.Infrastructure.Recordings;

namespace Codeflare.Sessions.Tests;

public sealed class AsciicastWriterTests
{
    [Fact]
    public void The_header_is_one_asciicast_v2_line_with_size_time_and_term()
    {
        var to = new ArrayBufferWriter<byte>();
        AsciicastWriter.Header(to, 200, 50, DateTimeOffset.FromUnixTimeSeconds(1_764_000_000));

        var line = Encoding.UTF8.GetString(to.WrittenSpan);
        Assert.EndsWith("\n", line);
        using var header = JsonDocument.Parse(line);
        Assert.Equal(2, header.RootElement.GetProperty("version").GetInt32());
        Assert.Equal(200, header.RootElement.GetProperty("width").GetInt32());
        Assert.Equal(50, header.RootElement.GetProperty("height").GetInt32());
        Assert.Equal(1_764_000_000, header.RootElement.GetProperty("timestamp").GetInt64());
        Assert.Equal("xterm-256color", header.RootElement.GetProperty("env").GetProperty("TERM").GetString());
    }

    [Fact]
    public void Output_events_carry_relative_time_and_the_exact_text_escapes_and_all()
    {
        var to = new ArrayBufferWriter<byte>();
        new AsciicastWriter().Output(to, TimeSpan.FromMilliseconds(1500), "\u001b[1mbold\u001b[0m \"quoted\"\r\n"u8);

        var (time, code, data) = Event(Encoding.UTF8.GetString(to.WrittenSpan).TrimEnd('\n'));
        Assert.Equal(1.5, time);
        Assert.Equal("o", code);
        Assert.Equal("\u001b[1mbold\u001b[0m \"quoted\"\r\n", data);
    }

    [Fact]
    public void A_character_split_between_two_reads_is_written_whole_with_the_second()
    {
        var to = new ArrayBufferWriter<byte>();
        var writer = new AsciicastWriter();
        var euro = "€"u8.ToArray();

        writer.Output(to, TimeSpan.Zero, [(byte)'a', euro[0]]);
        writer.Output(to, TimeSpan.FromSeconds(1), [euro[1], euro[2], (byte)'b']);

        var lines = Encoding.UTF8.GetString(to.WrittenSpan).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["a", "€b"], lines.Select(line => Event(line).Data));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_become_replacement_characters_not_a_broken_file()
    {
        var to = new ArrayBufferWriter<byte>();
        new AsciicastWriter().Output(to, TimeSpan.Zero, [0xff, (byte)'x', 0xfe]);

        Assert.Equal("\uFFFDx\uFFFD", Event(Encoding.UTF8.GetString(to.WrittenSpan).TrimEnd('\n')).Data);
    }

    [Fact]
    public void Resizes_and_markers_have_their_own_codes()
    {
        var to = new ArrayBufferWriter<byte>();
        AsciicastWriter.Resize(to, TimeSpan.FromSeconds(2), 120, 40);
        AsciicastWriter.Marker(to, TimeSpan.FromSeconds(3), "gap");

        var lines = Encoding.UTF8.GetString(to.WrittenSpan).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Event).ToList();
        Assert.Equal(("r", "120x40"), (lines[0].Code, lines[0].Data));
        Assert.Equal(("m", "gap"), (lines[1].Code, lines[1].Data));
    }

    internal static (double Time, string Code, string Data) Event(string line)
    {
        using var document = JsonDocument.Parse(line);
        var array = document.RootElement;
        Assert.Equal(3, array.GetArrayLength());
        return (array[0].GetDouble(), array[1].GetString()!, array[2].GetString()!);
    }
}
