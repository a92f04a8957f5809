using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §5: multipart uploads (parts ≥ 5 MiB), abort, abandoned uploads, and the quota checked before writes.</summary>
public sealed partial class FileUploadTests
{
    [Fact]
    public async Task A_50_MiB_file_arrives_intact_through_a_multipart_upload()
    {
        using var bucket = await TestBucket.CreateAsync("multipart");
        await using var host = await FreshHost.StartAsync(bucket.Settings);
        var (admin, _) = await host.FirstAdminAsync();
        var content = RandomNumberGenerator.GetBytes(50 << 20);
        const int partSize = 8 << 20;

        var upload = await admin.StartUploadAsync("big/data.bin", content.Length);
        var id = upload.GetProperty("id").GetString()!;
        for (var (number, offset) = (1, 0); offset < content.Length; number++, offset += partSize)
        {
            var part = await admin.PutPartAsync(id, number, content.AsMemory(offset, Math.Min(partSize, content.Length - offset)));
            Assert.Equal(HttpStatusCode.OK, part.StatusCode);
        }
        var completed = await admin.PostAsync($"/api/files/uploads/{id}/complete", null);
        var downloaded = await (await admin.GetFileAsync("big/data.bin")).Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.Created, completed.StatusCode);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(content)), Convert.ToHexString(SHA256.HashData(downloaded)));
        Assert.Equal(0, await bucket.OpenUploadsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/files/uploads/{id}/complete", null)).StatusCode);
    }

    [Fact]
    public async Task An_aborted_upload_leaves_nothing_and_an_incomplete_one_cannot_complete()
    {
        using var bucket = await TestBucket.CreateAsync("abort");
        await using var host = await FreshHost.StartAsync(bucket.Settings);
        var (admin, _) = await host.FirstAdminAsync();
        var id = (await admin.StartUploadAsync("half.bin", 12 << 20)).GetProperty("id").GetString()!;
        await admin.PutPartAsync(id, 1, new byte[6 << 20]);

        var early = await admin.PostAsync($"/api/files/uploads/{id}/complete", null);
        var aborted = await admin.DeleteAsync($"/api/files/uploads/{id}");

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, aborted.StatusCode);
        Assert.Equal(0, await bucket.OpenUploadsAsync());
        Assert.Empty(await bucket.KeysAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutPartAsync(id, 2, new byte[10])).StatusCode);
    }

    [Fact]
    public async Task Uploads_nobody_finished_are_aborted_by_the_sweeper()
    {
        using var bucket = await TestBucket.CreateAsync("sweep");
        var settings = new Dictionary<string, string?>(bucket.Settings) { ["Storage:AbandonedUploadAfter"] = "00:00:00" };
        await using var host = await FreshHost.StartAsync(settings);
        var (admin, _) = await host.FirstAdminAsync();
        var id = (await admin.StartUploadAsync("left.bin", 6 << 20)).GetProperty("id").GetString()!;
        Assert.Equal(1, await bucket.OpenUploadsAsync());

        var sweeper = host.Factory.Services.GetServices<IHostedService>().Single(service => service.GetType().Name == "AbandonedUploadSweeper");
        await (Task)sweeper.GetType().GetMethod("SweepAsync")!.Invoke(sweeper, [CancellationToken.None])!;

        Assert.Equal(0, await bucket.OpenUploadsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/files/uploads/{id}")).StatusCode);
    }

    [Fact]
    public async Task Writes_past_the_quota_are_refused_before_anything_is_stored()
    {
        using var bucket = await TestBucket.CreateAsync("quota");
        var settings = new Dictionary<string, string?>(bucket.Settings) { ["Storage:QuotaBytes"] = "1000" };
        await using var host = await FreshHost.StartAsync(settings);
        var (admin, adminId) = await host.FirstAdminAsync();

        var first = await admin.PutFileAsync("a.bin", new byte[600]);
        var second = await admin.PutFileAsync("b.bin", new byte[600]);
        var replacing = await admin.PutFileAsync("a.bin", new byte[900]);
        var multipart = await admin.PostAsync("/api/files/uploads", System.Net.Http.Json.JsonContent.Create(new { path = "c.bin", size = 200 }));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, second.StatusCode);
        Assert.Equal("quota_exceeded", await second.ProblemCodeAsync());
        Assert.Equal(HttpStatusCode.Created, replacing.StatusCode);
        Assert.Equal("quota_exceeded", await multipart.ProblemCodeAsync());
        Assert.Equal([$"users/{adminId}/a.bin"], await bucket.KeysAsync());
        Assert.Equal(0, await bucket.OpenUploadsAsync());
    }

    [Fact]
    public async Task A_single_request_over_32_MiB_is_refused_with_413()
    {
        using var bucket = await TestBucket.CreateAsync("toolarge");
        await using var host = await FreshHost.StartAsync(bucket.Settings);
        var (admin, _) = await host.FirstAdminAsync();

        var response = await admin.PutFileAsync("huge.bin", new byte[(32 << 20) + 1]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("payload_too_large", await response.ProblemCodeAsync());
        Assert.Empty(await bucket.KeysAsync());
    }
}
