using System.Net;

namespace Codeflare.Host.Tests;

/// <summary>
/// The quota against everything the store holds for a user, parts of unfinished uploads included, and under
/// parallel writes through more than one host. Parts here are small: S3's 5 MiB floor only applies at completion.
/// </summary>
public sealed partial class FileUploadTests
{
    [Fact]
    public async Task Parts_of_open_uploads_count_against_the_quota()
    {
        using var bucket = await TestBucket.CreateAsync("inflight");
        await using var host = await FreshHost.StartAsync(WithQuota(bucket, 1000));
        var (admin, _) = await host.FirstAdminAsync();
        var first = (await admin.StartUploadAsync("a.bin", 600)).GetProperty("id").GetString()!;
        var second = (await admin.StartUploadAsync("b.bin", 600)).GetProperty("id").GetString()!;

        var fits = await admin.PutPartAsync(first, 1, new byte[600]);
        var crosses = await admin.PutPartAsync(second, 1, new byte[600]);
        var file = await admin.PutFileAsync("c.bin", new byte[500]);
        var held = await bucket.BytesHeldAsync();
        await admin.DeleteAsync($"/api/files/uploads/{first}");
        var afterAbort = await admin.PutFileAsync("c.bin", new byte[500]);

        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, crosses.StatusCode);
        Assert.Equal("quota_exceeded", await crosses.ProblemCodeAsync());
        Assert.Equal("quota_exceeded", await file.ProblemCodeAsync());
        Assert.Equal(600, held);
        Assert.Equal(HttpStatusCode.Created, afterAbort.StatusCode);
    }

    [Fact]
    public async Task A_part_past_the_declared_size_is_refused_and_nothing_is_written()
    {
        using var bucket = await TestBucket.CreateAsync("declared");
        await using var host = await FreshHost.StartAsync(bucket.Settings);
        var (admin, _) = await host.FirstAdminAsync();
        var id = (await admin.StartUploadAsync("small.bin", 100)).GetProperty("id").GetString()!;
        await admin.PutPartAsync(id, 1, new byte[60]);

        var past = await admin.PutPartAsync(id, 2, new byte[41]);
        var heldAfterRefusal = await bucket.BytesHeldAsync();
        var replacing = await admin.PutPartAsync(id, 1, new byte[100]);
        var completed = await admin.PostAsync($"/api/files/uploads/{id}/complete", null);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, past.StatusCode);
        Assert.Equal("payload_too_large", await past.ProblemCodeAsync());
        Assert.Equal(60, heldAfterRefusal);
        Assert.Equal(HttpStatusCode.OK, replacing.StatusCode);
        Assert.Equal(HttpStatusCode.Created, completed.StatusCode);
        Assert.Equal(100, await bucket.BytesHeldAsync());
    }

    [Fact]
    public async Task Starting_an_upload_past_the_open_upload_limit_is_a_409_limit_reached()
    {
        using var bucket = await TestBucket.CreateAsync("openlimit");
        var settings = new Dictionary<string, string?>(bucket.Settings) { ["Storage:MaxOpenUploads"] = "2" };
        await using var host = await FreshHost.StartAsync(settings);
        var (admin, _) = await host.FirstAdminAsync();
        var first = (await admin.StartUploadAsync("one.bin", 10)).GetProperty("id").GetString()!;
        await admin.StartUploadAsync("two.bin", 10);

        var third = await admin.PostAsync("/api/files/uploads", System.Net.Http.Json.JsonContent.Create(new { path = "three.bin", size = 10 }));
        var openAtLimit = await bucket.OpenUploadsAsync();
        await admin.DeleteAsync($"/api/files/uploads/{first}");
        var afterAbort = await admin.PostAsync("/api/files/uploads", System.Net.Http.Json.JsonContent.Create(new { path = "three.bin", size = 10 }));

        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        Assert.Equal("limit_reached", await third.ProblemCodeAsync());
        Assert.Equal(2, openAtLimit);
        Assert.Equal(HttpStatusCode.Created, afterAbort.StatusCode);
    }

    [Fact]
    public async Task Parallel_writes_of_one_user_through_two_hosts_never_hold_more_than_the_quota()
    {
        using var bucket = await TestBucket.CreateAsync("parallel");
        var settings = WithQuota(bucket, 1000);
        await using var first = await FreshHost.StartAsync(settings);
        var (admin, _) = await first.FirstAdminAsync();
        var token = await admin.CreateTokenAsync("files.own");
        await using var second = FreshHost.StartOn(first.ConnectionString, settings);
        HttpClient[] clients = [first.WithToken(token), second.WithToken(token)];
        var uploads = new List<string>();
        for (var index = 0; index < 4; index++) uploads.Add((await clients[0].StartUploadAsync($"part-{index}.bin", 300)).GetProperty("id").GetString()!);

        var writes = Enumerable.Range(0, 12).Select(index => index % 3 == 0
            ? clients[index % 2].PutPartAsync(uploads[index / 3], 1, new byte[300])
            : clients[index % 2].PutFileAsync($"file-{index}.bin", new byte[300]));
        var responses = await Task.WhenAll(writes);

        Assert.Equal(3, responses.Count(response => response.IsSuccessStatusCode));
        Assert.All(responses.Where(response => !response.IsSuccessStatusCode),
            response => Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode));
        Assert.Equal(900, await bucket.BytesHeldAsync());
    }

    [Fact]
    public async Task A_write_waits_on_the_users_lock_in_postgres_and_gives_up_with_a_409_when_it_is_held_elsewhere()
    {
        using var bucket = await TestBucket.CreateAsync("heldlock");
        var settings = new Dictionary<string, string?>(bucket.Settings) { ["Storage:WriteLockTimeout"] = "00:00:01" };
        await using var host = await FreshHost.StartAsync(settings);
        var (admin, adminId) = await host.FirstAdminAsync();
        await using var otherProcess = new Npgsql.NpgsqlConnection(host.ConnectionString);
        await otherProcess.OpenAsync();
        await using var transaction = await otherProcess.BeginTransactionAsync();
        await using (var take = new Npgsql.NpgsqlCommand("select pg_advisory_xact_lock(@space, @key)", otherProcess, transaction))
        {
            take.Parameters.AddWithValue("space", Storage.Features.Shared.UserWriteLock.QuotaLocks);
            take.Parameters.AddWithValue("key", Storage.Features.Shared.UserWriteLock.KeyOf(adminId));
            await take.ExecuteNonQueryAsync();
        }

        var blocked = await admin.PutFileAsync("a.bin", new byte[10]);
        var keysWhileHeld = await bucket.KeysAsync();
        await transaction.RollbackAsync();
        var released = await admin.PutFileAsync("a.bin", new byte[10]);

        Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
        Assert.Equal("conflict", await blocked.ProblemCodeAsync());
        Assert.Empty(keysWhileHeld);
        Assert.Equal(HttpStatusCode.Created, released.StatusCode);
        Assert.Equal([$"users/{adminId}/a.bin"], await bucket.KeysAsync());
    }

    private static Dictionary<string, string?> WithQuota(TestBucket bucket, long quotaBytes) =>
        new(bucket.Settings) { ["Storage:QuotaBytes"] = quotaBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
