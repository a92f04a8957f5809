using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Codeflare.E2E.Tests;

/// <summary>
/// A Codeflare instance started by <c>./codeflare run</c> in a fresh data folder of its own (own ports, the slim
/// workspace image, session containers labelled as a test instance), and Debian's Chromium to drive it.
/// Disposal runs <c>./codeflare stop --all</c> and removes what the instance left: its folder, its S3 container.
/// </summary>
public sealed partial class UserStartedHost : IAsyncLifetime
{
    public const string AdminEmail = "admin@e2e.codeflare.test";
    public const string AdminPassword = "e2e-admin-password-1";

    private static readonly string DataFolder = Path.Combine(Path.GetTempPath(), "codeflare-e2e");
    private readonly Dictionary<string, string> environment = new()
    {
        ["CODEFLARE_DATA_DIR"] = DataFolder,
        ["CODEFLARE_URL"] = "http://127.0.0.1:8098",
        ["CODEFLARE_PG_PORT"] = "5438",
        ["CODEFLARE_S3_PORT"] = "7488",
        ["CODEFLARE_WORKSPACE"] = "slim",
        ["Sessions__Image"] = "codeflare/workspace:slim",
        ["Sessions__InstanceId"] = "test-e2e",
        // A file uploaded in the drawer reaches the running session at the next sync: every 3 s here, not every minute.
        ["Sessions__Sync__Interval"] = "00:00:03",
    };
    private IPlaywright? playwright;

    public string Url => environment["CODEFLARE_URL"];
    public string SetupCode { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public static string Artifacts { get; } = Path.Combine(CodeflareCommand.RepositoryRoot, ".test-results", "screenshots");

    public async Task InitializeAsync()
    {
        await RemoveLeftoversAsync();
        var printed = await CodeflareCommand.RunAsync(environment, TimeSpan.FromMinutes(8), "run");
        Assert.Contains($"Codeflare is ready at {Url}", printed);
        SetupCode = SetupCodeLine().Match(printed) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"./codeflare run printed no setup code:\n{printed}");
        Directory.CreateDirectory(Artifacts);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // Root needs --no-sandbox; the rest keeps Chromium off the network this machine does not have.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        await RemoveLeftoversAsync();
    }

    /// <summary>The first admin, through the API, for journeys that run without the first-run journey before them.</summary>
    public async Task EnsureAdminAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(Url) };
        var status = await http.GetFromJsonAsync<SetupStatus>("/api/setup/status");
        if (status!.AdminExists) return;
        var created = await http.PostAsJsonAsync("/api/setup/admin", new { setupCode = SetupCode, email = AdminEmail, password = AdminPassword });
        if (!created.IsSuccessStatusCode && (int)created.StatusCode != 409) created.EnsureSuccessStatusCode();
    }

    private async Task RemoveLeftoversAsync()
    {
        await CodeflareCommand.RunAsync(environment, TimeSpan.FromMinutes(2), "stop", "--all");
        // ./codeflare names a data folder's S3 container and volume after a hash of the folder (scripts/codeflare-host.sh).
        var suffix = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(DataFolder))))[..8];
        await Docker.RunAsync("rm", "-f", "-v", $"codeflare-s3-{suffix}");
        await Docker.RunAsync("volume", "rm", "-f", $"codeflare-s3-data-{suffix}");
        await Docker.RemoveSessionContainersAsync(environment["Sessions__InstanceId"]);
        if (Directory.Exists(DataFolder)) Directory.Delete(DataFolder, recursive: true);
    }

    private sealed record SetupStatus(bool AdminExists);

    [GeneratedRegex(@"^Setup code: (\S+)$", RegexOptions.Multiline)]
    private static partial Regex SetupCodeLine();
}
