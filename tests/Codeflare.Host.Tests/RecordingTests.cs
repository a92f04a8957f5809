using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §4 recordings on the real engine, hub and Ceph RGW: what is recorded, who may read it, what vouches for it.</summary>
public sealed class RecordingTests
{
    [Fact]
    public async Task An_auditor_downloads_tab_1s_recording_as_asciicast_with_the_mark_and_every_part_matches_its_event()
    {
        using var bucket = await TestBucket.CreateAsync("recordings");
        await using var host = await FreshHost.StartAsync(bucket.Settings);
        var (admin, _) = await host.FirstAdminAsync();
        var (developer, _) = await host.InvitedAsync(admin, "dev@example.com", "developer");
        var (auditor, _) = await host.InvitedAsync(admin, "auditor@example.com", "auditor");
        var id = await developer.CreateSessionAsync("recorded");
        await developer.StartAndWaitAsync(id);
        Assert.True((await developer.StatusAsync(id)).GetProperty("recording").GetBoolean());
        var mark = $"REPLAY-MARK-{Guid.NewGuid():N}";
        await using (var terminal = await TerminalClient.ConnectAsync(host, await developer.CreateTokenAsync("sessions.own")))
        {
            await terminal.AttachAsync(id);
            await terminal.InputAsync(id, $"echo {mark}\r");
            await terminal.WaitForAsync($"{mark}\\r?\\n");
        }
        await developer.PostAsync($"/api/sessions/{id}/stop", null);
        await developer.WaitForStatusAsync(id, "stopped");

        var recording = Assert.Single(await auditor.WaitForRecordingsAsync(id, 1));
        var cast = await auditor.DownloadAsync(recording);

        Assert.Equal(1, recording.GetProperty("tab").GetInt32());
        Assert.Contains(mark, cast.Output);
        Assert.Empty(cast.Input);
        Assert.Equal(cast.Bytes.Length, recording.GetProperty("bytes").GetInt64());
        var parts = (await (await auditor.GetAsync($"/api/audit?type=recording.part_stored&session={id}&order=oldest")).JsonAsync())
            .GetProperty("entries").EnumerateArray().Select(entry => entry.GetProperty("data")).ToList();
        Assert.Equal(recording.GetProperty("parts").GetInt32(), parts.Count);
        var stored = new List<byte>();
        foreach (var part in parts)
        {
            var key = part.GetProperty("key").GetString()!;
            Assert.StartsWith($"recordings/{Guid.Parse(id):N}/", key);
            var bytes = await bucket.BytesAsync(key);
            Assert.Equal(part.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
            stored.AddRange(bytes);
        }
        Assert.Equal(cast.Bytes, stored);
        Assert.DoesNotContain(await bucket.KeysAsync(), key => key.StartsWith("users/", StringComparison.Ordinal) && key.EndsWith(".cast", StringComparison.Ordinal));
        Assert.NotEmpty((await (await auditor.GetAsync($"/api/audit?type=recording.downloaded&session={id}")).JsonAsync()).GetProperty("entries").EnumerateArray());
    }

    [Fact]
    public async Task The_owner_may_neither_list_nor_read_the_recordings_and_a_range_is_answered_for_an_auditor()
    {
        using var bucket = await TestBucket.CreateAsync("recording-access");
        await using var host = await FreshHost.StartAsync(bucket.Settings);
        var (admin, _) = await host.FirstAdminAsync();
        var (developer, _) = await host.InvitedAsync(admin, "dev@example.com", "developer");
        var id = await developer.CreateSessionAsync("mine");
        await developer.StartAndWaitAsync(id);
        await using (var terminal = await TerminalClient.ConnectAsync(host, await developer.CreateTokenAsync("sessions.own")))
        {
            await terminal.AttachAsync(id);
            await terminal.InputAsync(id, "echo private-$((6*7))\r");
            await terminal.WaitForAsync("private-42");
        }
        await developer.PostAsync($"/api/sessions/{id}/stop", null);
        await developer.WaitForStatusAsync(id, "stopped");
        var recording = Assert.Single(await admin.WaitForRecordingsAsync(id, 1));
        var recordingId = recording.GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.Forbidden, (await developer.GetAsync($"/api/sessions/{id}/recordings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await developer.GetAsync($"/api/recordings/{recordingId}")).StatusCode);
        var files = await developer.GetAsync("/api/files");
        Assert.Equal(HttpStatusCode.OK, files.StatusCode);
        Assert.DoesNotContain(".cast", await files.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/recordings/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/sessions/{Guid.NewGuid()}/recordings")).StatusCode);
        var whole = await (await admin.GetAsync($"/api/recordings/{recordingId}")).Content.ReadAsByteArrayAsync();
        using var ranged = new HttpRequestMessage(HttpMethod.Get, $"/api/recordings/{recordingId}");
        ranged.Headers.Range = new RangeHeaderValue(5, 24);
        var partial = await admin.SendAsync(ranged);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(whole[5..25], await partial.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Typed_input_is_in_the_recording_only_when_the_instance_records_input(bool recordInput)
    {
        using var bucket = await TestBucket.CreateAsync($"recording-input-{recordInput}".ToLowerInvariant());
        var settings = new Dictionary<string, string?>(bucket.Settings) { ["Recordings:RecordInput"] = recordInput ? "true" : "false" };
        await using var host = await FreshHost.StartAsync(settings);
        var (admin, _) = await host.FirstAdminAsync();
        var id = await admin.CreateSessionAsync();
        await admin.StartAndWaitAsync(id);
        await using (var terminal = await TerminalClient.ConnectAsync(host, await admin.CreateTokenAsync("sessions.own")))
        {
            await terminal.AttachAsync(id);
            await terminal.InputAsync(id, "echo typed-$((40+2))\r");
            await terminal.WaitForAsync("typed-42");
        }
        await admin.PostAsync($"/api/sessions/{id}/stop", null);
        await admin.WaitForStatusAsync(id, "stopped");

        var cast = await admin.DownloadAsync(Assert.Single(await admin.WaitForRecordingsAsync(id, 1)));
        Assert.Contains("typed-42", cast.Output);
        if (recordInput) Assert.Contains("echo typed-$((40+2))\r", cast.Input);
        else Assert.DoesNotContain(cast.Events, e => e.Code == "i");
    }
}
