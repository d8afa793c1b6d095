using Microsoft.Playwright;

namespace Bibliography.Tests.Browser;

/// <summary>
/// One page of the served site in a fresh browser context: it records console errors, uncaught exceptions and failed
/// requests, and when the test body fails it saves a screenshot into <c>test-results/</c> before rethrowing.
/// </summary>
public sealed class Tab
{
    readonly List<string> problems = [];

    public IPage Page { get; }
    public ServedSite Site { get; }

    /// <summary>Console errors, uncaught exceptions and failed or 4xx/5xx requests seen so far.</summary>
    public IReadOnlyList<string> Problems => problems;

    Tab(IPage page, ServedSite site)
    {
        Page = page;
        Site = site;
        page.Console += (_, m) => { if (m.Type == "error") problems.Add($"console error: {m.Text} ({m.Location})"); };
        page.PageError += (_, e) => problems.Add("uncaught: " + e);
        page.RequestFailed += (_, r) => problems.Add($"request failed: {r.Url} {r.Failure}");
        page.Response += (_, r) => { if (r.Status >= 400) problems.Add($"HTTP {r.Status}: {r.Url}"); };
    }

    /// <summary>Opens a tab, runs <paramref name="body"/> and closes the tab; screenshots the page if the body throws.</summary>
    public static async Task RunAsync(string name, Func<Tab, Task> body, BrowserNewContextOptions? options = null)
    {
        var browser = await Chromium.BrowserAsync();
        var site = ServedSite.Shared;
        await using var context = await browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        var tab = new Tab(await context.NewPageAsync(), site);
        try
        {
            await body(tab);
        }
        catch (Exception) when (!tab.Page.IsClosed)
        {
            await Screenshot(tab.Page, name);
            throw;
        }
    }

    /// <summary>Goes to a path relative to the site root and waits for its load event (deferred scripts have run by then).</summary>
    public async Task<IResponse> GoAsync(string path)
    {
        var response = await Page.GotoAsync(Site.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return response ?? throw new InvalidOperationException("no response for " + path);
    }

    /// <summary>The current URL as a path relative to the site root.</summary>
    public string Path => Page.Url.StartsWith(Site.BaseUrl, StringComparison.Ordinal) ? Page.Url[Site.BaseUrl.Length..] : Page.Url;

    public static string ResultsFolder => System.IO.Path.Combine(TestPaths.Repo, "test-results");

    static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(ResultsFolder);
        var file = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(ResultsFolder, file + ".png"), FullPage = true });
        }
        catch (PlaywrightException)
        {
            // A screenshot is a courtesy; the test's own failure is what matters.
        }
    }
}
