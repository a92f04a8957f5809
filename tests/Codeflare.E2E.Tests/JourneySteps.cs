using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Codeflare.E2E.Tests;

/// <summary>The steps the journeys share: signing in, a session from creation to running and back to nothing, downloads.</summary>
internal static class JourneySteps
{
    internal static async Task<byte[]> DownloadAsync(IPage page, ILocator files, string name)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => files.GetByRole(AriaRole.Link, new() { Name = $"Download {name}" }).ClickAsync());
        Assert.Equal(name, download.SuggestedFilename);
        return await File.ReadAllBytesAsync(await download.PathAsync());
    }

    internal static async Task AssertNoHorizontalScrollAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "The page scrolls sideways at this width.");

    internal static async Task SignInAsync(Journey journey, string email, string password, string? screenshot = null)
    {
        var page = journey.Page;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Codeflare" })).ToBeVisibleAsync();
        if (screenshot is not null)
        {
            await journey.ScreenshotAsync(screenshot);
            await journey.AssertAccessibleAsync(screenshot);
        }
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sessions" })).ToBeVisibleAsync();
    }

    internal static async Task<ILocator> CreateAndStartAsync(Journey journey, string name)
    {
        var page = journey.Page;
        await page.GetByLabel("Session name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create session" }).ClickAsync();
        var card = page.GetByRole(AriaRole.Article, new() { Name = $"Session {name}" });
        await card.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Open" })).ToBeVisibleAsync(new() { Timeout = 90_000 });
        return card;
    }

    internal static async Task StopAndDeleteAsync(Journey journey, string name)
    {
        var page = journey.Page;
        var card = page.GetByRole(AriaRole.Article, new() { Name = $"Session {name}" });
        await card.GetByRole(AriaRole.Button, new() { Name = "Stop" }).ClickAsync();
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Start" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await card.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await card.GetByRole(AriaRole.Group, new() { Name = $"Delete {name}?" }).GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(card).ToHaveCountAsync(0);
    }
}
