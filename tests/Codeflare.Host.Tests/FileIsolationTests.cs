using System.Net;
using System.Net.Http.Json;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §5: bad paths never reach the object store; one user can never touch another's files through any endpoint.</summary>
public sealed class FileIsolationTests
{
    public static TheoryData<string> BadPaths() =>
    [
        "../x", "/etc/passwd", "a/../../b", "a\\b", "a\0b", "a\u0007b", "./a", "a//b", "e\u0301.txt", new string('k', 1025),
    ];

    [Theory]
    [MemberData(nameof(BadPaths))]
    public async Task A_bad_path_is_a_400_on_every_endpoint_and_no_object_is_written(string path)
    {
        using var bucket = await TestBucket.CreateAsync("badpath");
        await using var host = await FreshHost.StartAsync(bucket.Settings);
        var (admin, _) = await host.FirstAdminAsync();

        var responses = new[]
        {
            await admin.PutFileAsync(path, "x"),
            await admin.GetFileAsync(path),
            await admin.GetAsync($"/api/files?path={Files.Q(path)}"),
            await admin.GetAsync($"/api/files/preview?path={Files.Q(path)}"),
            await admin.DeleteFilesAsync(path, recursive: true),
            await admin.MoveAsync("x.txt", path),
            await admin.MoveAsync(path, "x.txt"),
            await admin.PostAsJsonAsync("/api/files/uploads", new { path, size = 10 }),
        };

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("validation_failed", await response.ProblemCodeAsync());
        }
        Assert.Empty(await bucket.KeysAsync());
        Assert.Equal(0, await bucket.OpenUploadsAsync());
    }

    [Fact]
    public async Task Another_user_can_neither_list_read_overwrite_move_delete_nor_finish_my_files()
    {
        using var bucket = await TestBucket.CreateAsync("isolation");
        await using var host = await FreshHost.StartAsync(bucket.Settings);
        var (owner, ownerId) = await host.FirstAdminAsync();
        var (stranger, strangerId) = await host.InvitedAsync(owner, "stranger@example.com", "developer");
        await owner.PutFileAsync("secret/plan.txt", "mine");
        var upload = (await owner.StartUploadAsync("secret/big.bin", 6 << 20)).GetProperty("id").GetString()!;

        Assert.Empty(await stranger.ListPathsAsync());
        Assert.Empty(await stranger.ListPathsAsync("secret"));
        Assert.Equal(HttpStatusCode.BadRequest, (await stranger.GetAsync($"/api/files?path=../{ownerId}/secret")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetFileAsync("secret/plan.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/api/files/preview?path=secret/plan.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteFilesAsync("secret", recursive: true)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.MoveAsync("secret/plan.txt", "taken.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutPartAsync(upload, 1, new byte[10])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/files/uploads/{upload}/complete", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/files/uploads/{upload}")).StatusCode);
        Assert.Equal(0, (await (await stranger.GetAsync("/api/files/stats")).JsonAsync()).GetProperty("files").GetInt32());
        // Writing the same path writes the stranger's own file, beside mine.
        Assert.Equal(HttpStatusCode.Created, (await stranger.PutFileAsync("secret/plan.txt", "theirs")).StatusCode);

        Assert.Equal("mine", await (await owner.GetFileAsync("secret/plan.txt")).Content.ReadAsStringAsync());
        Assert.Equal(new[] { $"users/{ownerId}/secret/plan.txt", $"users/{strangerId}/secret/plan.txt" }.Order(StringComparer.Ordinal),
            await bucket.KeysAsync());
        Assert.Equal(1, await bucket.OpenUploadsAsync());
    }
}
