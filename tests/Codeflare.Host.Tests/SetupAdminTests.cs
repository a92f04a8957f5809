using System.Net;
using System.Net.Http.Json;

namespace Codeflare.Host.Tests;

public sealed class SetupAdminTests
{
    [Fact]
    public async Task Status_says_no_admin_until_the_first_admin_is_created_with_the_printed_code()
    {
        await using var host = await FreshHost.StartAsync();
        var client = host.Factory.CreateClient();

        var before = await (await client.GetAsync("/api/setup/status")).JsonAsync();
        var created = await client.CreateAdminAsync(host.Factory.SetupCode);
        var after = await (await client.GetAsync("/api/setup/status")).JsonAsync();

        Assert.False(before.GetProperty("adminExists").GetBoolean());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(after.GetProperty("adminExists").GetBoolean());
        Assert.Contains(after.GetProperty("steps").EnumerateArray(),
            step => step.GetProperty("name").GetString() == "admin" && step.GetProperty("status").GetString() == "done");
    }

    [Theory]
    [InlineData("not-an-email", Api.Password, "email")]
    [InlineData("admin@example.com", "short", "password")]
    [InlineData("", Api.Password, "email")]
    public async Task Bad_admin_input_is_a_400_with_field_errors_and_appends_nothing(string email, string password, string field)
    {
        await using var host = await FreshHost.StartAsync();
        var client = host.Factory.CreateClient();
        var eventsBefore = await host.EventCountAsync();

        var response = await client.CreateAdminAsync(host.Factory.SetupCode, email, password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("validation_failed", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(eventsBefore, await host.EventCountAsync());
    }

    [Fact]
    public async Task A_missing_setup_code_is_a_400_and_appends_nothing()
    {
        await using var host = await FreshHost.StartAsync();
        var eventsBefore = await host.EventCountAsync();

        var response = await host.Factory.CreateClient().CreateAdminAsync(setupCode: null);

        Assert.Equal("validation_failed", await response.ProblemCodeAsync());
        Assert.Equal(eventsBefore, await host.EventCountAsync());
    }

    [Fact]
    public async Task An_oversized_body_is_a_413_problem_and_appends_nothing()
    {
        await using var host = await FreshHost.StartAsync();
        var eventsBefore = await host.EventCountAsync();

        var response = await host.Factory.CreateClient().CreateAdminAsync(host.Factory.SetupCode, password: new string('p', 2 << 20));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("payload_too_large", await response.ProblemCodeAsync());
        Assert.Equal(eventsBefore, await host.EventCountAsync());
    }

    [Fact]
    public async Task A_wrong_setup_code_is_403_and_records_only_the_rejection()
    {
        await using var host = await FreshHost.StartAsync();
        var eventsBefore = await host.EventCountAsync();

        var response = await host.Factory.CreateClient().CreateAdminAsync("AAAAA-BBBBB-CCCCC-DDDDD");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("forbidden", await response.ProblemCodeAsync());
        Assert.Equal(eventsBefore + 1, await host.EventCountAsync());
        Assert.Equal(1, await host.EventCountAsync("setup_code_rejected"));
        Assert.Equal(0, await host.EventCountAsync("user_registered"));
    }

    [Fact]
    public async Task A_second_admin_creation_is_a_409_and_appends_nothing()
    {
        await using var host = await FreshHost.StartAsync();
        var client = host.Factory.CreateClient();
        var code = host.Factory.SetupCode;
        await client.CreateAdminAsync(code);
        var eventsBefore = await host.EventCountAsync();

        var response = await client.CreateAdminAsync(code, "second@example.com");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("conflict", await response.ProblemCodeAsync());
        Assert.Equal(eventsBefore, await host.EventCountAsync());
    }

    [Fact]
    public async Task Of_concurrent_admin_creations_with_the_right_code_exactly_one_wins()
    {
        await using var host = await FreshHost.StartAsync();
        var client = host.Factory.CreateClient();
        var code = host.Factory.SetupCode;

        var responses = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(index => client.CreateAdminAsync(code, $"admin{index}@example.com")));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(response => response.StatusCode != HttpStatusCode.Created),
            response => Assert.Equal(HttpStatusCode.Conflict, response.StatusCode));
        Assert.Equal(1, await host.EventCountAsync("user_registered"));
    }

    [Fact]
    public async Task A_restart_issues_a_new_code_and_the_old_one_stops_working()
    {
        var connectionString = await Codeflare.Testing.PostgresServer.CreateDatabaseAsync();
        string? oldCode;
        await using (var first = new Codeflare.Testing.CodeflareFactory(connectionString))
        {
            first.StartServer();
            oldCode = first.SetupCode;
        }
        await using var second = new Codeflare.Testing.CodeflareFactory(connectionString);
        second.StartServer();

        var withOld = await second.CreateClient().CreateAdminAsync(oldCode);
        var withNew = await second.CreateClient().CreateAdminAsync(second.SetupCode);

        Assert.NotEqual(oldCode, second.SetupCode);
        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.Created, withNew.StatusCode);
    }

    [Fact]
    public async Task No_setup_code_is_issued_once_an_admin_exists()
    {
        var connectionString = await Codeflare.Testing.PostgresServer.CreateDatabaseAsync();
        await using (var first = new Codeflare.Testing.CodeflareFactory(connectionString))
        {
            first.StartServer();
            await first.CreateClient().CreateAdminAsync(first.SetupCode);
        }
        await using var second = new Codeflare.Testing.CodeflareFactory(connectionString);
        second.StartServer();

        Assert.Null(second.SetupCode);
        var signIn = await second.CreateClient().SignInAsync();
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
    }
}
