using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §4 over a real WebSocket to a real container's tmux.</summary>
public sealed class TerminalHubTests
{
    /// <summary>The workspace prompt (root's <c>#</c>) as tmux draws it, colour codes between the parts.</summary>
    private const string Prompt = @"workspace\S{0,12}# ";

    [Fact]
    public async Task Echo_round_trips_and_stty_size_follows_resize()
    {
        await using var host = await FreshHost.StartAsync();
        var (token, sessionId) = await host.RunningSessionWithTokenAsync();
        await using var terminal = await TerminalClient.ConnectAsync(host, token);

        await terminal.AttachAsync(sessionId);
        await terminal.InputAsync(sessionId, "echo hello-$((6*7))\r");
        await terminal.WaitForAsync("hello-42");
        await terminal.ResizeAsync(sessionId, 123, 41);
        // The window change reaches the shell asynchronously (SIGWINCH through tmux); ask until it has.
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(10), async () =>
        {
            await terminal.InputAsync(sessionId, "stty size\r");
            await Task.Delay(200);
            return terminal.Text.Contains("41 123");
        }, "stty size 41 123");
        Assert.Equal(1, await host.EventCountAsync("terminal_opened"));
        Assert.Equal(1, await host.EventCountAsync("terminal_client_attached"));
    }

    [Fact]
    public async Task A_client_that_reconnects_from_its_last_offset_gets_exactly_the_bytes_a_client_that_stayed_got()
    {
        await using var host = await FreshHost.StartAsync();
        var (token, sessionId) = await host.RunningSessionWithTokenAsync();
        await using var stayed = await TerminalClient.ConnectAsync(host, token);
        await stayed.AttachAsync(sessionId, tab: 2);
        await stayed.InputAsync(sessionId, "clear\r", tab: 2);
        await stayed.WaitForAsync(Prompt);
        var reconnecting = await TerminalClient.ConnectAsync(host, token);
        await reconnecting.AttachAsync(sessionId, tab: 2, fromOffset: stayed.NextOffset);
        var from = stayed.NextOffset;

        await reconnecting.InputAsync(sessionId, "seq 1 300000\r", tab: 2);
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(20), () => Task.FromResult(reconnecting.NextOffset - from > 100_000), "part of the output");
        await reconnecting.DisposeAsync();
        var resumeAt = reconnecting.NextOffset;
        var firstPart = reconnecting.Bytes(from, resumeAt);
        await using var again = await TerminalClient.ConnectAsync(host, token);
        await again.AttachAsync(sessionId, tab: 2, fromOffset: resumeAt);
        // tmux redraws rather than echoing every line, so "done" is read from its screen, then both clients must settle.
        var screen = "";
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(60), async () =>
        {
            screen = (await SessionEngine.ExecAsync(sessionId, "tmux", "capture-pane", "-p", "-t", "2")).Output.TrimEnd();
            return Regex.IsMatch(screen, @"300000\s*\n.*workspace# *$");
        }, "300000 and a prompt on the screen");
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(20), async () =>
        {
            var before = (stayed.NextOffset, again.NextOffset);
            await Task.Delay(500);
            return before == (stayed.NextOffset, again.NextOffset) && stayed.NextOffset == again.NextOffset;
        }, "both clients settled at the same offset");

        Assert.Equal(0, again.Resets);
        Assert.Equal(resumeAt, again.Chunks[0].Offset);
        var stitched = firstPart.Concat(again.Bytes(resumeAt, stayed.NextOffset)).ToArray();
        Assert.Equal(stayed.Bytes(from, stayed.NextOffset), stitched);
    }

    [Fact]
    public async Task A_client_that_fell_behind_the_buffer_is_reset_and_gets_a_usable_screen()
    {
        await using var host = await FreshHost.StartAsync(new Dictionary<string, string?>
        {
            ["Terminals:RingBytes"] = "65536", ["Terminals:UnackedWindowBytes"] = "16384",
        });
        var (token, sessionId) = await host.RunningSessionWithTokenAsync();
        await using var slow = await TerminalClient.ConnectAsync(host, token);
        await using var fast = await TerminalClient.ConnectAsync(host, token);
        await fast.AttachAsync(sessionId);
        slow.AutoAck = false;
        await slow.AttachAsync(sessionId, fromOffset: fast.NextOffset);

        await fast.InputAsync(sessionId, "seq 1 100000; echo flood-$((1+1))-done\r");
        await fast.WaitForAsync("flood-2-done", TimeSpan.FromSeconds(30));
        var stalledAt = slow.NextOffset;
        slow.AutoAck = true;
        await slow.AckAsync(sessionId);
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(10), () => Task.FromResult(slow.Resets > 0), "a reset");
        await slow.InputAsync(sessionId, "echo usable-$((2+2))\r");

        await slow.WaitForAsync("usable-4");
        Assert.True(stalledAt - slow.Chunks[0].Offset <= 16384 + 65536, "the slow client was not sent past its window");
    }

    [Fact]
    public async Task A_tab_keeps_its_shell_and_environment_across_a_host_restart()
    {
        var host = await FreshHost.StartAsync();
        var (token, sessionId) = await host.RunningSessionWithTokenAsync();
        long lastOffset;
        await using (var before = await TerminalClient.ConnectAsync(host, token))
        {
            await before.AttachAsync(sessionId, tab: 2);
            await before.InputAsync(sessionId, "export X=42\r", tab: 2);
            await before.InputAsync(sessionId, "echo set-$X\r", tab: 2);
            await before.WaitForAsync("set-42");
            lastOffset = before.NextOffset;
        }
        await host.DisposeAsync();

        await using var restarted = FreshHost.StartOn(host.ConnectionString);
        await using var after = await TerminalClient.ConnectAsync(restarted, token);
        await after.AttachAsync(sessionId, tab: 2, fromOffset: lastOffset);
        await after.InputAsync(sessionId, "echo again-$X\r", tab: 2);

        await after.WaitForAsync("again-42");
        Assert.Equal(1, after.Resets);
    }

    [Fact]
    public async Task A_flood_in_tab_1_neither_stops_tab_2_from_echoing_nor_grows_host_memory_without_bound()
    {
        await using var host = await FreshHost.StartAsync();
        var (token, sessionId) = await host.RunningSessionWithTokenAsync();
        await using var flood = await TerminalClient.ConnectAsync(host, token);
        await using var quiet = await TerminalClient.ConnectAsync(host, token);
        await flood.AttachAsync(sessionId, tab: 1);
        await quiet.AttachAsync(sessionId, tab: 2);
        await quiet.WaitForAsync(Prompt);
        GC.Collect();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);

        await flood.InputAsync(sessionId, "yes\r", tab: 1);
        // tmux coalesces a flood into screen redraws: what reaches the host is bounded by its redraw rate, not by `yes`.
        await SessionEngine.WithinAsync(TimeSpan.FromSeconds(10), () => Task.FromResult(flood.NextOffset - flood.Chunks[0].Offset > 200_000), "the flood");
        var echoes = new List<TimeSpan>();
        for (var key = 0; key < 10; key++)
        {
            var marker = $"k{key}q";
            echoes.Add(await TimedAsync(() => quiet.InputAsync(sessionId, marker, tab: 2), () => quiet.Text.Contains(marker)));
        }
        var memoryDuring = GC.GetTotalMemory(forceFullCollection: true);
        await flood.InputAsync(sessionId, "\u0003", tab: 1);

        echoes.Sort();
        Assert.True(echoes[echoes.Count / 2] < TimeSpan.FromMilliseconds(100), $"tab 2 echo median {echoes[echoes.Count / 2].TotalMilliseconds} ms during the flood");
        Assert.True(memoryDuring - memoryBefore < 64 * 1024 * 1024, $"managed heap grew by {(memoryDuring - memoryBefore) / 1048576} MiB");
    }

    private static async Task<TimeSpan> TimedAsync(Func<Task> act, Func<bool> done)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await act();
        while (!done())
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(5)) return watch.Elapsed;
            await Task.Delay(1);
        }
        return watch.Elapsed;
    }
}
