using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

using Codeflare.Testing;
using static Codeflare.E2E.Tests.JourneySteps;

namespace Codeflare.E2E.Tests;

/// <summary>
/// SPEC §8, §13: what a person does in the browser, against an instance started with <c>./codeflare run</c>.
/// Every journey fails on any console error, scans its main screens with axe and saves screenshots.
/// </summary>
[TestCaseOrderer(StepOrderer.Name, StepOrderer.Assembly)]
public sealed partial class JourneyTests(UserStartedHost host) : IClassFixture<UserStartedHost>
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

    [Fact, Step(2)]
    public async Task An_admin_invites_a_developer_who_accepts_signs_in_and_cannot_reach_the_admin_screens()
    {
        await host.EnsureAdminAsync();
        await using var admin = await Journey.StartAsync(host, "admin");
        await admin.Page.GotoAsync("/");
        await SignInAsync(admin, UserStartedHost.AdminEmail, UserStartedHost.AdminPassword);
        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Admin" }).ClickAsync();
        await admin.Page.GetByLabel("Email of the invitee").FillAsync("dev@e2e.codeflare.test");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        var link = await admin.Page.GetByLabel("Invitation link").TextContentAsync();
        Assert.Matches("^http://127\\.0\\.0\\.1:8098/invite#.+", link);
        var self = admin.Page.GetByRole(AriaRole.Row, new() { Name = UserStartedHost.AdminEmail });
        admin.Provoke("/disable", 409);
        await self.GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();
        await Expect(self.GetByRole(AriaRole.Alert)).ToHaveTextAsync("This is the last enabled admin. Make someone else an admin first.");
        await admin.ScreenshotAsync("admin");
        await admin.AssertAccessibleAsync("admin");

        await using var developer = await Journey.StartAsync(host, "developer");
        await developer.Page.GotoAsync(link!);
        await developer.Page.GetByLabel("Password").FillAsync("developer-password-1");
        await developer.Page.GetByRole(AriaRole.Button, new() { Name = "Accept invitation" }).ClickAsync();
        await developer.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await SignInAsync(developer, "dev@e2e.codeflare.test", "developer-password-1");
        await Expect(developer.Page.GetByRole(AriaRole.Link, new() { Name = "Admin" })).ToHaveCountAsync(0);
        await developer.Page.GotoAsync("/admin");
        await Expect(developer.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("You do not have access to administration.");
        Assert.Equal(403, (await developer.Api.GetAsync("/api/users")).Status);
        await developer.Page.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await Expect(developer.Page.GetByRole(AriaRole.Heading, new() { Name = "API tokens" })).ToBeVisibleAsync();
        await developer.Page.GetByLabel("Token name").FillAsync("laptop");
        await developer.Page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        var token = await developer.Page.GetByLabel("New token secret").TextContentAsync();
        Assert.Matches("^cf_pat_[0-9a-f]{32}_.+$", token);
        await developer.Page.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        await Expect(developer.Page.GetByLabel("New token secret")).ToHaveCountAsync(0);
        await Expect(developer.Page.GetByText("laptop", new() { Exact = true })).ToBeVisibleAsync();
        await developer.ScreenshotAsync("settings");
        await developer.AssertAccessibleAsync("settings");

        admin.AssertNoConsoleErrors();
        developer.AssertNoConsoleErrors();
    }

    [Fact, Step(3)]
    public async Task On_a_phone_the_terminal_takes_a_command_typed_with_the_on_screen_keys()
    {
        await host.EnsureAdminAsync();
        await using var phone = await Journey.StartAsync(host, "mobile", mobile: true);
        var page = phone.Page;
        await page.GotoAsync("/");
        await SignInAsync(phone, UserStartedHost.AdminEmail, UserStartedHost.AdminPassword);
        var card = await CreateAndStartAsync(phone, "e2e-phone");
        await AssertNoHorizontalScrollAsync(page);
        await phone.ScreenshotAsync("dashboard");
        await phone.AssertAccessibleAsync("mobile dashboard");
        await card.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();

        var terminal = new Terminal(page, 1);
        await terminal.WaitForPromptAsync();
        await terminal.TypeAsync("echo typed-on-a-phone");
        await terminal.WaitForLineAsync("typed-on-a-phone");
        // Up arrow recalls the command; Ctrl (on screen) + u erases a typed line; Tab completes "ech" to "echo".
        var keys = page.GetByRole(AriaRole.Toolbar, new() { Name = "Terminal keys" });
        await keys.GetByRole(AriaRole.Button, new() { Name = "Up arrow" }).ClickAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(terminal.Row("^\\s*typed-on-a-phone\\s*$")).ToHaveCountAsync(2);
        await page.Keyboard.TypeAsync("not-a-command");
        await keys.GetByRole(AriaRole.Button, new() { Name = "Control (applies to the next key)" }).ClickAsync();
        await page.Keyboard.TypeAsync("u");
        await page.Keyboard.TypeAsync("ech");
        await keys.GetByRole(AriaRole.Button, new() { Name = "Tab" }).ClickAsync();
        await page.Keyboard.TypeAsync("on-screen-keys");
        await page.Keyboard.PressAsync("Enter");
        await terminal.WaitForLineAsync("on-screen-keys");
        await Expect(terminal.Row("not-a-command")).ToHaveCountAsync(0);
        await AssertNoHorizontalScrollAsync(page);
        await phone.ScreenshotAsync("terminal");

        // The files drawer on a phone: it fits the screen and takes an upload.
        await page.GetByRole(AriaRole.Button, new() { Name = "Files" }).ClickAsync();
        var drawer = page.GetByRole(AriaRole.Complementary, new() { Name = "Files" });
        await drawer.GetByLabel("Upload files").SetInputFilesAsync(new FilePayload { Name = "from-phone.txt", MimeType = "text/plain", Buffer = "phone\n"u8.ToArray() });
        await Expect(drawer.GetByRole(AriaRole.Button, new() { Name = "Preview from-phone.txt" })).ToBeVisibleAsync();
        await AssertNoHorizontalScrollAsync(page);
        await phone.ScreenshotAsync("files-drawer");
        await drawer.GetByRole(AriaRole.Button, new() { Name = "Close files" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Back to sessions" }).ClickAsync();
        await StopAndDeleteAsync(phone, "e2e-phone");
        phone.AssertNoConsoleErrors();
    }

    [Fact, Step(4)]
    public async Task When_the_connection_drops_mid_output_the_terminal_reconnects_and_resumes_without_a_repaint()
    {
        await host.EnsureAdminAsync();
        using var proxy = new LoopbackProxy(host.Url);
        await using var journey = await Journey.StartAsync(host, "reconnect", url: proxy.Url);
        var page = journey.Page;
        await page.GotoAsync("/");
        await SignInAsync(journey, UserStartedHost.AdminEmail, UserStartedHost.AdminPassword);
        var card = await CreateAndStartAsync(journey, "e2e-reconnect");
        await card.GetByRole(AriaRole.Button, new() { Name = "Open" }).ClickAsync();
        var terminal = new Terminal(page, 1);
        await terminal.WaitForPromptAsync();
        var pane = page.Locator(".pane[data-tab=\"1\"]");
        await Expect(pane).ToHaveAttributeAsync("data-resets", "1");

        await terminal.TypeAsync("for i in $(seq 1 120); do echo line-$i; sleep 0.025; done; echo done-counting");
        await terminal.WaitForLineAsync("line-20");
        journey.CutConnections(proxy.DropAll);
        await terminal.WaitForLineAsync("done-counting");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Connected" })).ToBeVisibleAsync();

        // Resumed from its offset: no second reset (a repaint would have been one), every visible line once, in order.
        await Expect(pane).ToHaveAttributeAsync("data-resets", "1");
        var numbers = (await terminal.Row(@"^\s*line-\d+\s*$").AllTextContentsAsync())
            .Select(text => int.Parse(text.Trim()["line-".Length..])).ToList();
        Assert.True(numbers.Count > 10, $"only {numbers.Count} counted lines on the screen");
        Assert.Equal(Enumerable.Range(numbers[0], numbers.Count), numbers);
        Assert.Equal(120, numbers[^1]);
        await terminal.TypeAsync("echo still-typing");
        await terminal.WaitForLineAsync("still-typing");

        await page.GetByRole(AriaRole.Button, new() { Name = "Back to sessions" }).ClickAsync();
        await StopAndDeleteAsync(journey, "e2e-reconnect");
        journey.AssertNoConsoleErrors();
    }
}
