using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Codeflare.E2E.Tests;

/// <summary>
/// One person's browser: its own context (cookies), a page that records every console error and uncaught
/// exception (a journey fails on any), screenshots saved as test artifacts, and the axe accessibility scan.
/// </summary>
internal sealed class Journey : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> consoleErrors = [];
    private readonly List<(string Path, int Status)> provoked = [];
    private readonly string name;
    private bool connectionsCut;

    private Journey(IBrowserContext context, IPage page, string name)
    {
        this.context = context;
        this.name = name;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsProvoked(message)) lock (consoleErrors) consoleErrors.Add($"{message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => { lock (consoleErrors) consoleErrors.Add($"uncaught: {error}"); };
    }

    public IPage Page { get; }
    public IAPIRequestContext Api => context.APIRequest;

    public static async Task<Journey> StartAsync(UserStartedHost host, string name, bool mobile = false, string? url = null)
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = url ?? host.Url,
            ViewportSize = mobile ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 800 },
            IsMobile = mobile,
            HasTouch = mobile,
            Permissions = ["clipboard-read", "clipboard-write"],
        };
        var context = await host.Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        return new Journey(context, await context.NewPageAsync(), name);
    }

    public async Task ScreenshotAsync(string screen) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(UserStartedHost.Artifacts, $"{name}-{screen}.png") });

    /// <summary>The axe scan of what is on screen now: no violation of WCAG 2 A/AA rules.</summary>
    public async Task AssertAccessibleAsync(string screen)
    {
        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var violations = result.Violations.Select(violation =>
            $"{violation.Id} ({violation.Impact}): {violation.Help} — {string.Join("; ", violation.Nodes.Take(3).Select(node => node.Html))}");
        Assert.True(result.Violations.Length == 0, $"Accessibility violations on {screen}:\n{string.Join("\n", violations)}");
    }

    /// <summary>
    /// A request the journey makes fail on purpose (and asserts the UI's message for): the browser logs every
    /// failed request as a console error, and this one alone is not held against the page.
    /// </summary>
    public void Provoke(string path, int status)
    {
        lock (provoked) provoked.Add((path, status));
    }

    /// <summary>
    /// The journey cuts the browser's connections on purpose: a request in flight at that moment fails in the
    /// network (the browser logs it as an empty response or a reset), and those alone are not held against the page.
    /// </summary>
    public void CutConnections(Func<int> cut)
    {
        lock (provoked) connectionsCut = true;
        Assert.True(cut() > 0, "the browser had no open connection to cut");
    }

    private bool IsProvoked(IConsoleMessage message)
    {
        lock (provoked)
            return (connectionsCut && CutRequestErrors.Any(error => message.Text == $"Failed to load resource: {error}"))
                || provoked.Any(request => message.Location.Contains(request.Path, StringComparison.Ordinal)
                && message.Text.StartsWith($"Failed to load resource: the server responded with a status of {request.Status} ", StringComparison.Ordinal));
    }

    private static readonly string[] CutRequestErrors =
        ["net::ERR_EMPTY_RESPONSE", "net::ERR_CONNECTION_RESET", "net::ERR_CONNECTION_CLOSED"];

    public void AssertNoConsoleErrors()
    {
        lock (consoleErrors) Assert.True(consoleErrors.Count == 0, $"Console errors:\n{string.Join("\n", consoleErrors)}");
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
