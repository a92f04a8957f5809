using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Codeflare.Host.Tests;

/// <summary>
/// One host with a small but varied log: an admin (one failed sign-in), a developer with two sessions (one renamed,
/// one deleted) and an auditor. The filter tests only read it.
/// </summary>
public sealed class AuditLogFixture : IAsyncLifetime
{
    public const string DeveloperEmail = "dev@example.com";
    internal FreshHost Host { get; private set; } = null!;
    internal HttpClient Admin { get; private set; } = null!;
    internal HttpClient Developer { get; private set; } = null!;
    internal HttpClient Auditor { get; private set; } = null!;
    public Guid AdminId { get; private set; }
    public Guid DeveloperId { get; private set; }
    public string KeptSession { get; private set; } = "";
    public string DeletedSession { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Host = await FreshHost.StartAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.Factory.CreateBrowserClient().SignInAsync(password: "wrong password, twice over")).StatusCode);
        (Admin, AdminId) = await Host.FirstAdminAsync();
        (Developer, DeveloperId) = await Host.InvitedAsync(Admin, DeveloperEmail, "developer");
        (Auditor, _) = await Host.InvitedAsync(Admin, "auditor@example.com", "auditor");
        KeptSession = await Developer.CreateSessionAsync("api-refactor");
        Assert.Equal(HttpStatusCode.NoContent, (await Developer.PatchAsJsonAsync($"/api/sessions/{KeptSession}", new { name = "api-refactor-2" })).StatusCode);
        DeletedSession = await Developer.CreateSessionAsync("throwaway-zebra");
        Assert.Equal(HttpStatusCode.NoContent, (await Developer.DeleteAsync($"/api/sessions/{DeletedSession}")).StatusCode);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    internal async Task<List<JsonElement>> EntriesAsync(string query, HttpClient? client = null)
    {
        var response = await (client ?? Auditor).GetAsync($"/api/audit?limit=500{(query.Length > 0 ? "&" : "")}{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("entries").EnumerateArray().ToList();
    }
}
