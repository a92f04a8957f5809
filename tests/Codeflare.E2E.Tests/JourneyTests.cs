using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Codeflare.E2E.Tests;

/// <summary>
/// SPEC §8, §13: what a person does in the browser, against an instance started with <c>./codeflare run</c>.
/// Every journey fails on any console error, scans its main screens with axe and saves screenshots.
/// </summary>
[TestCaseOrderer(StepOrderer.Name, StepOrderer.Assembly)]
public sealed class JourneyTests(UserStartedHost host) : IClassFixture<UserStartedHost>
{
    [Fact, Step(1)]
    public async Task First_run_setup_then_a_session_with_a_terminal_tabs_tiling_reload_stop_and_delete()
    {
        await using var journey = await Journey.StartAsync(host, "desktop");
        var page = journey.Page;

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Set up Codeflare" })).ToBeVisibleAsync();
        await journey.ScreenshotAsync("setup");
        await journey.AssertAccessibleAsync("setup");
        await page.GetByLabel("Setup code").FillAsync(host.SetupCode);
        await page.GetByLabel("Email").FillAsync(UserStartedHost.AdminEmail);
        await page.GetByLabel("Password").FillAsync(UserStartedHost.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sessions" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await SignInAsync(journey, UserStartedHost.AdminEmail, UserStartedHost.AdminPassword, screenshot: "sign-in");

        var card = await CreateAndStartAsync(journey, "e2e-desktop");
        await journey.ScreenshotAsync("dashboard");
        await journey.AssertAccessibleAsync("dashboard");
        await card.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();

        var tab1 = new Terminal(page, 1);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Connected" })).ToBeVisibleAsync();
        await tab1.WaitForPromptAsync();
        await tab1.TypeAsync("echo hello");
        await tab1.WaitForLineAsync("hello");

        await page.GetByRole(AriaRole.Button, new() { Name = "New tab" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Tab 2 (bash)" })).ToBeVisibleAsync();
        await page.GetByLabel("Panes side by side").SelectOptionAsync("2");
        var tab2 = new Terminal(page, 2);
        await Expect(page.Locator(".pane:not(.hidden)")).ToHaveCountAsync(2);
        await tab2.WaitForPromptAsync();
        await tab2.TypeAsync("echo second-tab");
        await tab2.WaitForLineAsync("second-tab");
        await journey.ScreenshotAsync("terminal-tiled");
        await journey.AssertAccessibleAsync("terminal");

        await page.ReloadAsync();
        await Expect(page.Locator(".pane:not(.hidden)")).ToHaveCountAsync(2);
        await tab1.WaitForLineAsync("hello");
        await tab2.WaitForLineAsync("second-tab");

        await page.GetByRole(AriaRole.Button, new() { Name = "Back to sessions" }).ClickAsync();
        await StopAndDeleteAsync(journey, "e2e-desktop");
        journey.AssertNoConsoleErrors();
    }

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
