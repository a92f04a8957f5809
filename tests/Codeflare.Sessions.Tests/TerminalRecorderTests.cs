using System.Text;
using System.Threading.Channels;
using Codeflare.Sessions.Infrastructure.Recordings;
using Codeflare.Sessions.Infrastructure.Terminals;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Codeflare.Sessions.Tests;

public sealed class TerminalRecorderTests
{
    private static readonly TerminalKey Tab1 = new(Guid.NewGuid(), 1);
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-12-03T10:00:00Z"));
    private readonly Sink sink = new();

    [Fact]
    public async Task Output_is_stored_as_a_part_once_the_part_interval_passes_and_the_rest_when_the_tab_closes()
    {
        var recorder = Recorder(new RecordingOptions { PartInterval = TimeSpan.FromSeconds(30) });
        recorder.Output("first\r\n"u8);
        var first = await IntervalPassesAsync();
        recorder.Output("second\r\n"u8);
        await recorder.DisposeAsync();
        var last = await sink.NextAsync();

        Assert.Equal((0, 1), (first.Number, last.Number));
        var lines = Lines(first, last);
        Assert.StartsWith("{\"version\":2,\"width\":80,\"height\":24", lines[0]);
        Assert.Equal(["first\r\n", "second\r\n"], lines.Skip(1).Select(line => AsciicastWriterTests.Event(line).Data));
        Assert.True(last.DurationMs >= 31_000, $"{last.DurationMs} ms");
        Assert.Equal(recorder.Id, last.RecordingId);
    }

    [Fact]
    public async Task A_full_part_goes_at_once_without_waiting_for_the_interval()
    {
        var recorder = Recorder(new RecordingOptions { PartBytes = 1024 });
        recorder.Output(Encoding.UTF8.GetBytes(new string('x', 2000)));

        var part = await sink.NextAsync();
        Assert.True(part.Body.Length > 2000);
        await recorder.DisposeAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Input_is_recorded_only_when_the_setting_says_so(bool recordInput)
    {
        var recorder = Recorder(new RecordingOptions { RecordInput = recordInput });
        recorder.Input("secret-password\r"u8);
        recorder.Output("ok\r\n"u8);
        recorder.Resized(120, 40);
        await recorder.DisposeAsync();

        var codes = Lines(await sink.NextAsync()).Skip(1).Select(line => AsciicastWriterTests.Event(line).Code).ToList();
        Assert.Equal(recordInput ? ["i", "o", "r"] : ["o", "r"], codes);
    }

    [Fact]
    public async Task Past_its_maximum_a_recording_notes_the_truncation_and_takes_nothing_more()
    {
        var recorder = Recorder(new RecordingOptions { MaxBytes = 500 });
        for (var i = 0; i < 20; i++) recorder.Output(Encoding.UTF8.GetBytes($"line {i} {new string('y', 40)}\r\n"));
        var part = await sink.NextAsync();
        recorder.Output("never recorded\r\n"u8);
        await recorder.DisposeAsync();

        var lines = Lines(part);
        Assert.True(part.Truncated);
        Assert.Equal("m", AsciicastWriterTests.Event(lines[^1]).Code);
        Assert.True(part.Body.Length < 500 + 200);
        Assert.Empty(sink.Remaining());
    }

    [Fact]
    public async Task A_part_the_store_refused_is_sent_again_with_the_next_under_the_same_number()
    {
        sink.FailNext = 1;
        var recorder = Recorder(new RecordingOptions { PartInterval = TimeSpan.FromSeconds(30) });
        recorder.Output("kept\r\n"u8);
        await IntervalPassesAsync(sink.RefusedAsync);
        recorder.Output("later\r\n"u8);
        await recorder.DisposeAsync();

        var part = await sink.NextAsync();
        Assert.Equal(0, part.Number);
        Assert.Equal(["kept\r\n", "later\r\n"], Lines(part).Skip(1).Select(line => AsciicastWriterTests.Event(line).Data));
    }

    [Fact]
    public async Task While_the_store_lags_what_does_not_fit_is_counted_and_the_gap_is_noted()
    {
        var recorder = Recorder(new RecordingOptions { MaxPendingBytes = 300, PartBytes = 1 << 20 });
        for (var i = 0; i < 10; i++) recorder.Output(Encoding.UTF8.GetBytes(new string('z', 100)));
        await IntervalPassesAsync();
        recorder.Output("after the gap\r\n"u8);
        await recorder.DisposeAsync();

        var events = Lines(await sink.NextAsync()).Select(AsciicastWriterTests.Event).ToList();
        Assert.Equal("m", events[0].Code);
        Assert.Contains("bytes of output are missing", events[0].Data);
        Assert.Equal("after the gap\r\n", events[1].Data);
    }

    /// <summary>Moves the fake clock past the part interval until the recorder's loop (which starts on its own) acts.</summary>
    private async Task<RecordedPart> IntervalPassesAsync(Func<Task<RecordedPart>>? next = null)
    {
        var waiting = (next ?? sink.NextAsync)();
        for (var i = 0; i < 200 && !waiting.IsCompleted; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(31));
            await Task.WhenAny(waiting, Task.Delay(50));
        }
        return await waiting;
    }

    private TerminalRecorder Recorder(RecordingOptions options) => new(Tab1, 80, 24, options, sink, clock, NullLogger.Instance);

    private static string[] Lines(params RecordedPart[] parts) =>
        string.Concat(parts.Select(part => Encoding.UTF8.GetString(part.Body))).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private sealed class Sink : IRecordingSink
    {
        private readonly Channel<RecordedPart> stored = Channel.CreateUnbounded<RecordedPart>();
        private readonly Channel<RecordedPart> refused = Channel.CreateUnbounded<RecordedPart>();

        public int FailNext { get; set; }

        public Task StoreAsync(RecordedPart part, CancellationToken cancellationToken)
        {
            if (FailNext-- > 0)
            {
                refused.Writer.TryWrite(part);
                throw new IOException("the store is down");
            }
            stored.Writer.TryWrite(part);
            return Task.CompletedTask;
        }

        public async Task<RecordedPart> NextAsync() => await stored.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        public async Task<RecordedPart> RefusedAsync() => await refused.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        public IReadOnlyList<RecordedPart> Remaining()
        {
            var left = new List<RecordedPart>();
            while (stored.Reader.TryRead(out var part)) left.Add(part);
            return left;
        }
    }
}
