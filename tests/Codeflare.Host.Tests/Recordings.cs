using System.Text;
using System.Text.Json;

namespace Codeflare.Host.Tests;

/// <summary>What the recording tests share: waiting for a session's recordings and reading one as asciicast v2.</summary>
internal static class Recordings
{
    public static async Task<List<JsonElement>> WaitForRecordingsAsync(this HttpClient auditor, string sessionId, int count, TimeSpan? limit = null)
    {
        List<JsonElement> recordings = [];
        await SessionEngine.WithinAsync(limit ?? TimeSpan.FromSeconds(30), async () =>
        {
            var listed = await (await auditor.GetAsync($"/api/sessions/{sessionId}/recordings")).JsonAsync();
            recordings = [.. listed.GetProperty("recordings").EnumerateArray()];
            return recordings.Count >= count;
        }, $"{count} recording(s) of session {sessionId}");
        return recordings;
    }

    /// <summary>The recording, checked to be asciicast v2: a header, then [time, code, data] lines in time order.</summary>
    public static async Task<Cast> DownloadAsync(this HttpClient auditor, JsonElement recording)
    {
        var response = await auditor.GetAsync($"/api/recordings/{recording.GetProperty("id").GetString()}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-asciicast", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var header = JsonDocument.Parse(lines[0]);
        Assert.Equal(2, header.RootElement.GetProperty("version").GetInt32());
        Assert.True(header.RootElement.GetProperty("width").GetInt32() > 0);
        var events = lines.Skip(1).Select(line =>
        {
            using var item = JsonDocument.Parse(line);
            Assert.Equal(3, item.RootElement.GetArrayLength());
            return (Time: item.RootElement[0].GetDouble(), Code: item.RootElement[1].GetString()!, Data: item.RootElement[2].GetString()!);
        }).ToList();
        Assert.Equal(events.Select(e => e.Time).Order(), events.Select(e => e.Time));
        return new Cast(bytes, events);
    }

    internal sealed record Cast(byte[] Bytes, IReadOnlyList<(double Time, string Code, string Data)> Events)
    {
        public string Output => string.Concat(Events.Where(e => e.Code == "o").Select(e => e.Data));
        public string Input => string.Concat(Events.Where(e => e.Code == "i").Select(e => e.Data));
    }
}
