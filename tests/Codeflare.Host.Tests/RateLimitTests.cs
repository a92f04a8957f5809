using System.Net;
using System.Net.Http.Json;

namespace Codeflare.Host.Tests;

/// <summary>SPEC §9: session changes and uploads are limited per user (429 with Retry-After); another user keeps their own allowance.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Session_creation_past_the_per_user_limit_is_429_for_that_user_only()
    {
        await using var host = await FreshHost.StartAsync(new Dictionary<string, string?> { ["Sessions:ChangesPerMinute"] = "2" });
        var (admin, _) = await host.FirstAdminAsync();
        var (developer, _) = await host.InvitedAsync(admin, "dev@example.com", "developer");

        HttpResponseMessage last = null!;
        for (var attempt = 0; attempt < 3; attempt++) last = await admin.PostAsJsonAsync("/api/sessions", new { name = $"s{attempt}", agent = "bash", tier = "small" });

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Equal("rate_limited", await last.ProblemCodeAsync());
        Assert.True(last.Headers.RetryAfter is not null);
        Assert.Equal(HttpStatusCode.Created, (await developer.PostAsJsonAsync("/api/sessions", new { name = "mine", agent = "bash", tier = "small" })).StatusCode);
    }

    [Fact]
    public async Task Uploads_past_the_per_user_limit_are_429_and_store_nothing()
    {
        using var bucket = await TestBucket.CreateAsync("ratelimit");
        var settings = new Dictionary<string, string?>(bucket.Settings) { ["Storage:UploadsPerMinute"] = "2" };
        await using var host = await FreshHost.StartAsync(settings);
        var (admin, adminId) = await host.FirstAdminAsync();

        await admin.PutFileAsync("1.txt", "1");
        await admin.PutFileAsync("2.txt", "2");
        var third = await admin.PutFileAsync("3.txt", "3");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal([$"users/{adminId}/1.txt", $"users/{adminId}/2.txt"], await bucket.KeysAsync());
    }
}
