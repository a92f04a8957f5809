using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Codeflare.E2E.Tests;

/// <summary>What xterm.js shows in one pane, read from its rows (the DOM renderer draws each row as text).</summary>
internal sealed partial class Terminal(IPage page, int tab)
{
    private ILocator Pane => page.Locator($".pane[data-tab=\"{tab}\"]");

    public ILocator Row(string pattern) => Pane.Locator(".xterm-rows > div").Filter(new LocatorFilterOptions { HasTextRegex = new Regex(pattern) });

    /// <summary>The workspace's root prompt (<c>~# </c>) somewhere on the screen.</summary>
    public Task WaitForPromptAsync() => Assertions.Expect(Row(@"[#$]\s*$").First).ToBeVisibleAsync(new() { Timeout = 30_000 });

    /// <summary>A row that is exactly <paramref name="text"/>: output, not the command line that echoed it.</summary>
    public Task WaitForLineAsync(string text) =>
        Assertions.Expect(Row($"^\\s*{Regex.Escape(text)}\\s*$").First).ToBeVisibleAsync(new() { Timeout = 15_000 });

    public async Task TypeAsync(string command)
    {
        await Pane.Locator(".xterm").ClickAsync();
        await page.Keyboard.TypeAsync(command);
        await page.Keyboard.PressAsync("Enter");
    }
}
