using Codeflare.Sessions.Infrastructure.Recordings;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §4: a host that dies loses at most the part it had not stored; the tab records on in a new recording.</summary>
public sealed class RecordingRecoveryTests
{
    [Fact]
    public async Task After_a_host_dies_mid_recording_its_stored_parts_play_and_the_tab_records_on_in_a_new_recording()
    {
        using var bucket = await TestBucket.CreateAsync("recording-crash");
        var settings = new Dictionary<string, string?>(bucket.Settings) { ["Recordings:PartInterval"] = "00:00:01" };
        DyingRecordingSink? sink = null;
        var host = await FreshHost.StartAsync(settings, services => services.AddSingleton<IRecordingSink>(provider =>
            sink = new DyingRecordingSink(ActivatorUtilities.CreateInstance<RecordingStore>(provider))));
        var (admin, _) = await host.FirstAdminAsync();
        var id = await admin.CreateSessionAsync();
        await admin.StartAndWaitAsync(id);
        var token = await admin.CreateTokenAsync("sessions.own");
        await using (var terminal = await TerminalClient.ConnectAsync(host, token))
        {
            await terminal.AttachAsync(id);
            await terminal.InputAsync(id, "echo before-$((6*7))\r");
            await terminal.WaitForAsync("before-42");
            await SessionEngine.WithinAsync(TimeSpan.FromSeconds(20), async () =>
            {
                var recordings = await admin.WaitForRecordingsAsync(id, 1);
                return (await admin.DownloadAsync(recordings[0])).Output.Contains("before-42");
            }, "a stored part with the first output");
            sink!.Die();
            await terminal.InputAsync(id, "echo lost-$((6*7))\r");
            await terminal.WaitForAsync("lost-42");
        }
        await host.DisposeAsync();

        await using var restarted = FreshHost.StartOn(host.ConnectionString, settings);
        await using (var terminal = await TerminalClient.ConnectAsync(restarted, token))
        {
            await terminal.AttachAsync(id);
            await terminal.InputAsync(id, "echo again-$((6*7))\r");
            await terminal.WaitForAsync("again-42");
        }
        var client = restarted.Factory.CreateBrowserClient();
        await client.SignInAsync();
        var both = await client.WaitForRecordingsAsync(id, 2);
        var first = await client.DownloadAsync(both[0]);
        var second = await client.DownloadAsync(both[1]);

        Assert.All(both, recording => Assert.Equal(1, recording.GetProperty("tab").GetInt32()));
        Assert.Contains("before-42", first.Output);
        Assert.DoesNotContain("lost-42", first.Output);
        Assert.Contains("again-42", second.Output);
    }
}
