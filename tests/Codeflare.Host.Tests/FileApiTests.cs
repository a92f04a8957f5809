using System.Net;
using System.Text;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §5, §14 file browser API on the real Ceph RGW: list, download with Range, upload, preview, move, delete, stats.</summary>
public sealed class FileApiTests
{
    [Fact]
    public async Task Uploaded_files_are_listed_by_folder_and_downloaded_whole_or_by_range()
    {
        using var bucket = await TestBucket.CreateAsync("files");
        await using var host = await FreshHost.StartAsync(bucket.Settings);
        var (admin, adminId) = await host.FirstAdminAsync();

        var created = await admin.PutFileAsync("notes/today.txt", "0123456789");
        await admin.PutFileAsync("notes/deep/more.md", "# more");
        await admin.PutFileAsync("top.txt", "top");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(["notes/", "top.txt"], await admin.ListPathsAsync());
        Assert.Equal(["notes/deep/", "notes/today.txt"], await admin.ListPathsAsync("notes"));
        Assert.Equal($"users/{adminId}/notes/today.txt", (await bucket.KeysAsync())[1]);

        var whole = await admin.GetFileAsync("notes/today.txt");
        var middle = await admin.GetFileAsync("notes/today.txt", "bytes=2-5");
        var tail = await admin.GetFileAsync("notes/today.txt", "bytes=-3");
        var beyond = await admin.GetFileAsync("notes/today.txt", "bytes=50-60");

        Assert.Equal("0123456789", await whole.Content.ReadAsStringAsync());
        Assert.Equal("attachment", whole.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/octet-stream", whole.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.PartialContent, middle.StatusCode);
        Assert.Equal("2345", await middle.Content.ReadAsStringAsync());
        Assert.Equal("bytes 2-5/10", middle.Content.Headers.ContentRange?.ToString());
        Assert.Equal("789", await tail.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, beyond.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetFileAsync("notes/none.txt")).StatusCode);

        var stats = await (await admin.GetAsync("/api/files/stats")).JsonAsync();
        Assert.Equal(3, stats.GetProperty("files").GetInt32());
        Assert.Equal(2, stats.GetProperty("folders").GetInt32());
        Assert.Equal(19, stats.GetProperty("bytes").GetInt64());
        Assert.Equal(10L << 30, stats.GetProperty("quotaBytes").GetInt64());
    }

    [Fact]
    public async Task Preview_detects_the_text_encoding_and_tells_images_and_binaries_apart()
    {
        using var bucket = await TestBucket.CreateAsync("preview");
        await using var host = await FreshHost.StartAsync(bucket.Settings);
        var (admin, _) = await host.FirstAdminAsync();
        await admin.PutFileAsync("utf8.txt", "grüße ✓");
        await admin.PutFileAsync("latin1.txt", Encoding.Latin1.GetBytes("grüße"));
        await admin.PutFileAsync("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("wide")]);
        await admin.PutFileAsync("big.log", Encoding.ASCII.GetBytes(new string('x', (1 << 20) + 10)));
        await admin.PutFileAsync("pixel.png", Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        await admin.PutFileAsync("blob.bin", [1, 0, 2, 0, 3]);

        async Task<System.Text.Json.JsonElement> Preview(string path) => await (await admin.GetAsync($"/api/files/preview?path={path}")).JsonAsync();

        Assert.Equal(("utf-8", "grüße ✓"), ((await Preview("utf8.txt")).GetProperty("encoding").GetString(), (await Preview("utf8.txt")).GetProperty("text").GetString()));
        Assert.Equal("iso-8859-1", (await Preview("latin1.txt")).GetProperty("encoding").GetString());
        Assert.Equal("grüße", (await Preview("latin1.txt")).GetProperty("text").GetString());
        Assert.Equal("wide", (await Preview("utf16.txt")).GetProperty("text").GetString());
        var big = await Preview("big.log");
        Assert.True(big.GetProperty("truncated").GetBoolean());
        Assert.Equal(1 << 20, big.GetProperty("text").GetString()!.Length);
        Assert.Equal("image", (await Preview("pixel.png")).GetProperty("kind").GetString());
        Assert.Equal("image/png", (await admin.GetFileAsync("pixel.png")).Content.Headers.ContentType?.MediaType);
        Assert.Equal("binary", (await Preview("blob.bin")).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Files_and_folders_move_and_delete_and_a_full_folder_needs_recursive()
    {
        using var bucket = await TestBucket.CreateAsync("move");
        await using var host = await FreshHost.StartAsync(bucket.Settings);
        var (admin, adminId) = await host.FirstAdminAsync();
        await admin.PutFileAsync("a/one.txt", "1");
        await admin.PutFileAsync("a/sub/two.txt", "2");
        await admin.PutFileAsync("b.txt", "b");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.MoveAsync("b.txt", "c.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.MoveAsync("a", "z/a2")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.MoveAsync("c.txt", "z/a2/one.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.MoveAsync("z", "z/inner")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.MoveAsync("nothing", "else")).StatusCode);
        Assert.Equal([$"users/{adminId}/c.txt", $"users/{adminId}/z/a2/one.txt", $"users/{adminId}/z/a2/sub/two.txt"], await bucket.KeysAsync());

        var notRecursive = await admin.DeleteFilesAsync("z");
        Assert.Equal(HttpStatusCode.Conflict, notRecursive.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteFilesAsync("z", recursive: true)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteFilesAsync("c.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteFilesAsync("c.txt")).StatusCode);
        Assert.Empty(await bucket.KeysAsync());

        var audit = await (await admin.GetAsync("/api/audit?type=file.moved")).Content.ReadAsStringAsync();
        Assert.Contains("z/a2/", audit);
    }

    [Fact]
    public async Task Credential_paths_cannot_be_overwritten_deleted_or_moved_from_the_browser()
    {
        using var bucket = await TestBucket.CreateAsync("protect");
        await using var host = await FreshHost.StartAsync(bucket.Settings);
        var (admin, adminId) = await host.FirstAdminAsync();
        await admin.PutFileAsync(".config/tool.json", "{}");
        await bucket.PutAsync($"users/{adminId}/.ssh/id_ed25519", "private key");

        var overwrite = await admin.PutFileAsync(".ssh/authorized_keys", "ssh-ed25519 AAAA attacker");
        var claude = await admin.PutFileAsync(".claude/.credentials.json", "{}");
        var folder = await admin.DeleteFilesAsync(".ssh/", recursive: true);
        var key = await admin.DeleteFilesAsync(".ssh/id_ed25519");
        var intoSsh = await admin.MoveAsync(".config/tool.json", ".ssh/config");
        var outOfSsh = await admin.MoveAsync(".ssh/id_ed25519", "stolen");

        Assert.Equal(HttpStatusCode.Forbidden, overwrite.StatusCode);
        Assert.Equal("protected_path", await overwrite.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.Forbidden, claude.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, folder.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, key.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, intoSsh.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outOfSsh.StatusCode);
        Assert.Equal([$"users/{adminId}/.config/tool.json", $"users/{adminId}/.ssh/id_ed25519"], await bucket.KeysAsync());
        Assert.Equal("private key", await (await admin.GetFileAsync(".ssh/id_ed25519")).Content.ReadAsStringAsync());
    }
}
