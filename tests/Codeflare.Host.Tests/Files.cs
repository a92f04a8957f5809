using System.Net.Http.Json;
using System.Text.Json;

namespace Codeflare.Host.Tests;

/// <summary>The file API as a client calls it (SPEC §14).</summary>
internal static class Files
{
    public static string Q(string path) => Uri.EscapeDataString(path);

    public static Task<HttpResponseMessage> PutFileAsync(this HttpClient client, string path, byte[] content) =>
        client.PutAsync($"/api/files/content?path={Q(path)}", new ByteArrayContent(content));

    public static Task<HttpResponseMessage> PutFileAsync(this HttpClient client, string path, string text) =>
        client.PutFileAsync(path, System.Text.Encoding.UTF8.GetBytes(text));

    public static Task<HttpResponseMessage> GetFileAsync(this HttpClient client, string path, string? range = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/files/content?path={Q(path)}");
        if (range is not null) request.Headers.TryAddWithoutValidation("Range", range);
        return client.SendAsync(request);
    }

    public static async Task<IReadOnlyList<string>> ListPathsAsync(this HttpClient client, string folder = "")
    {
        var listing = await (await client.GetAsync($"/api/files?path={Q(folder)}")).JsonAsync();
        return listing.GetProperty("entries").EnumerateArray().Select(entry => entry.GetProperty("path").GetString()!).ToList();
    }

    public static Task<HttpResponseMessage> DeleteFilesAsync(this HttpClient client, string path, bool recursive = false) =>
        client.DeleteAsync($"/api/files?path={Q(path)}&recursive={(recursive ? "true" : "false")}");

    public static Task<HttpResponseMessage> MoveAsync(this HttpClient client, string from, string to) =>
        client.PostAsJsonAsync("/api/files/move", new { from, to });

    public static async Task<JsonElement> StartUploadAsync(this HttpClient client, string path, long size)
    {
        var started = await client.PostAsJsonAsync("/api/files/uploads", new { path, size });
        Assert.Equal(System.Net.HttpStatusCode.Created, started.StatusCode);
        return await started.JsonAsync();
    }

    public static Task<HttpResponseMessage> PutPartAsync(this HttpClient client, string uploadId, int number, ReadOnlyMemory<byte> content) =>
        client.PutAsync($"/api/files/uploads/{uploadId}/parts/{number}", new ReadOnlyMemoryContent(content));
}
