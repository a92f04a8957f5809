using System.Net;
using Codeflare.Testing;

namespace Codeflare.Host.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Readiness_is_healthy_with_real_postgres_docker_and_object_store()
    {
        await using var host = await FreshHost.StartAsync(await ObjectStoreServer.SettingsAsync("ready-" + Guid.NewGuid().ToString("N")[..8]));

        var response = await host.Factory.CreateClient().GetAsync("/health/ready");
        var report = await response.JsonAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, report.GetRawText());
        var entries = report.GetProperty("entries");
        foreach (var dependency in new[] { "postgres", "docker", "storage" })
            Assert.Equal("Healthy", entries.GetProperty(dependency).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readiness_is_503_and_names_the_object_store_when_it_is_unreachable()
    {
        await using var host = await FreshHost.StartAsync(new Dictionary<string, string?> { ["Storage:ServiceUrl"] = "http://127.0.0.1:9" });

        var response = await host.Factory.CreateClient().GetAsync("/health/ready");
        var entries = (await response.JsonAsync()).GetProperty("entries");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", entries.GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal("Healthy", entries.GetProperty("postgres").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Liveness_answers_without_checking_dependencies()
    {
        await using var host = await FreshHost.StartAsync(new Dictionary<string, string?> { ["Storage:ServiceUrl"] = "http://127.0.0.1:9" });

        var response = await host.Factory.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.JsonAsync()).GetProperty("entries").EnumerateObject());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_api()
    {
        await using var host = await FreshHost.StartAsync();

        var document = await (await host.Factory.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync();

        var paths = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();
        Assert.Contains("/api/setup/admin", paths);
        Assert.Contains("/api/auth/login", paths);
        Assert.Contains("/api/audit", paths);
    }

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        await using var host = await FreshHost.StartAsync();

        var response = await host.Factory.CreateClient().GetAsync("/api/setup/status");

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
