using System.Net.Http.Json;
using System.Text.Json;

namespace Codeflare.Host.Tests;

/// <summary>Small helpers that keep the HTTP tests reading like the journey they describe.</summary>
internal static class Api
{
    public const string Password = "correct horse battery staple";

    public static Task<HttpResponseMessage> CreateAdminAsync(this HttpClient client, string? setupCode, string email = "admin@example.com",
        string password = Password) =>
        client.PostAsJsonAsync("/api/setup/admin", new { setupCode, email, password });

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email = "admin@example.com", string password = Password) =>
        client.PostAsJsonAsync("/api/auth/login", new { email, password });

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>())!;

    public static async Task<string> ProblemCodeAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.JsonAsync()).GetProperty("code").GetString()!;
    }
}
