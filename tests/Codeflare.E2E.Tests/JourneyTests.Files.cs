using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Codeflare.E2E.Tests.JourneySteps;

namespace Codeflare.E2E.Tests;

/// <summary>SPEC §8 files drawer and §5 workspace sync, seen from the browser (step 5 of the journeys).</summary>
public sealed partial class JourneyTests
{
    [Fact, Step(5)]
    public async Task Files_uploaded_in_the_browser_are_in_the_next_session_and_the_drawer_downloads_renames_and_deletes()
    {
        await host.EnsureAdminAsync();
        await using var journey = await Journey.StartAsync(host, "files");
        var page = journey.Page;
        await page.GotoAsync("/");
        await SignInAsync(journey, UserStartedHost.AdminEmail, UserStartedHost.AdminPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "Files" }).ClickAsync();
        var files = page.GetByRole(AriaRole.Main);

        var text = System.Text.Encoding.UTF8.GetBytes("grüße from the drawer");
        var big = System.Security.Cryptography.RandomNumberGenerator.GetBytes(6 << 20);
        await files.GetByLabel("Upload files").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "hello.txt", MimeType = "text/plain", Buffer = text },
            new FilePayload { Name = "big.bin", MimeType = "application/octet-stream", Buffer = big },
        });
        await Expect(files.GetByRole(AriaRole.Button, new() { Name = "Preview big.bin" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await files.GetByRole(AriaRole.Button, new() { Name = "Preview hello.txt" }).ClickAsync();
        await Expect(files.Locator(".preview-text")).ToHaveTextAsync("grüße from the drawer");
        await journey.ScreenshotAsync("files");
        await journey.AssertAccessibleAsync("files");
        Assert.Equal(text, await DownloadAsync(page, files, "hello.txt"));
        Assert.Equal(big, await DownloadAsync(page, files, "big.bin"));

        // A new session starts with the files restored into the home folder.
        await page.GetByRole(AriaRole.Link, new() { Name = "Sessions" }).ClickAsync();
        var card = await CreateAndStartAsync(journey, "e2e-files");
        await card.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();
        var terminal = new Terminal(page, 1);
        await terminal.WaitForPromptAsync();
        await terminal.TypeAsync("cat ~/hello.txt; echo; stat -c %s ~/big.bin");
        await terminal.WaitForLineAsync("grüße from the drawer");
        await terminal.WaitForLineAsync((6 << 20).ToString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Files" }).ClickAsync();
        var drawer = page.GetByRole(AriaRole.Complementary, new() { Name = "Files" });
        // Uploaded through the drawer while the session runs: the next sync brings it into the container.
        await drawer.GetByLabel("Upload files").SetInputFilesAsync(new FilePayload { Name = "live.txt", MimeType = "text/plain", Buffer = "arrived by sync\n"u8.ToArray() });
        await Expect(drawer.GetByRole(AriaRole.Button, new() { Name = "Preview live.txt" })).ToBeVisibleAsync();
        await drawer.GetByRole(AriaRole.Button, new() { Name = "Close files" }).ClickAsync();
        var arrived = false;
        for (var attempt = 0; attempt < 20 && !arrived; attempt++)
        {
            await terminal.TypeAsync("cat ~/live.txt 2>/dev/null || echo not-yet");
            await Task.Delay(1500);
            arrived = await terminal.Row(@"^\s*arrived by sync\s*$").CountAsync() > 0;
        }
        Assert.True(arrived, "the file uploaded in the drawer never reached the running session");
        await page.GetByRole(AriaRole.Button, new() { Name = "Files" }).ClickAsync();
        await drawer.GetByRole(AriaRole.Button, new() { Name = "Rename hello.txt" }).ClickAsync();
        await drawer.GetByLabel("New name for hello.txt").FillAsync("renamed.txt");
        await drawer.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(drawer.GetByRole(AriaRole.Button, new() { Name = "Preview renamed.txt" })).ToBeVisibleAsync();
        var bigRow = drawer.Locator(".file-row").Filter(new() { HasText = "big.bin" });
        await bigRow.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await bigRow.GetByRole(AriaRole.Group).GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(drawer.GetByRole(AriaRole.Button, new() { Name = "Preview big.bin" })).ToHaveCountAsync(0);
        await journey.ScreenshotAsync("files-drawer");

        await drawer.GetByRole(AriaRole.Button, new() { Name = "Close files" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Back to sessions" }).ClickAsync();
        await StopAndDeleteAsync(journey, "e2e-files");
        journey.AssertNoConsoleErrors();
    }
}
