using Microsoft.Playwright;

namespace Bibliography.Tests.Browser;

/// <summary>Every page type as a reader's Chromium shows it: no errors, a working language switch, phone width, print.</summary>
public class ReaderViewTests
{
    [SkippableTheory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public Task EveryPageTypeLoadsWithoutConsoleErrors(string path) => Tab.RunAsync($"console-{path}", async tab =>
    {
        var response = await tab.GoAsync(path);
        Assert.Equal(200, response.Status);
        Assert.Empty(tab.Problems);
    });

    [SkippableFact]
    public Task MissingPageShowsTheSite404PageInBothLanguagesWithoutErrors() => Tab.RunAsync("console-404", async tab =>
    {
        var response = await tab.GoAsync(PageTypes.Missing);
        Assert.Equal(404, response.Status);
        Assert.Equal(2, await tab.Page.Locator(".not-found h1").CountAsync());
        // The page itself is the only 404: its stylesheet and scripts load although it is served three folders deep.
        Assert.Equal([$"HTTP 404: {tab.Site.Url(PageTypes.Missing)}"], tab.Problems.Where(p => !p.StartsWith("console error: Failed to load resource: the server responded with a status of 404", StringComparison.Ordinal)));
    });

    [SkippableTheory]
    [MemberData(nameof(PageTypes.Translated), MemberType = typeof(PageTypes))]
    public Task LanguageSwitchLandsOnTheSamePageInTheOtherLanguage(string path) => Tab.RunAsync($"switch-{path}", async tab =>
    {
        await tab.GoAsync(path);
        var expected = PageTypes.OtherLanguage(path);
        await tab.Page.ClickAsync("[data-lang-switch]");
        await tab.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(expected, tab.Path);
        Assert.Equal(expected.StartsWith("zh/", StringComparison.Ordinal) ? "zh-Hans" : "en",
            await tab.Page.GetAttributeAsync("html", "lang"));
        Assert.Empty(tab.Problems);
    });

    [SkippableTheory]
    [MemberData(nameof(PageTypes.AllAndMissing), MemberType = typeof(PageTypes))]
    public Task PageFitsA360PixelWideScreenWithoutScrollingSideways(string path) => Tab.RunAsync($"narrow-{path}", async tab =>
    {
        await tab.GoAsync(path);
        var widths = await tab.Page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
        // Name what sticks out, so a failure says where to look.
        var wide = await tab.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 0.5)" +
            ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')");
        Assert.True(widths[0] <= widths[1], $"{path} scrolls sideways at 360 px: scrollWidth {widths[0]} > {widths[1]}; too wide: {string.Join(", ", wide)}");
    }, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 780 }, IsMobile = true, HasTouch = true });

    // Navigation is the site header, the skip link and every nav but the tables of contents (home page, print edition), which are content.
    const string VisibleNavigation =
        "() => [...document.querySelectorAll('.site-header, nav:not(.toc, .print-toc), .skip-link, [data-lang-switch]')]" +
        ".filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').map(e => e.outerHTML.slice(0, 80))";

    [SkippableTheory]
    [InlineData("en/")]
    [InlineData("zh/" + PageTypes.Paper)]
    [InlineData("en/tags/")]
    [InlineData("zh/print/")]
    public Task PrintingHidesTheNavigation(string path) => Tab.RunAsync($"print-{path}", async tab =>
    {
        await tab.GoAsync(path);
        Assert.NotEmpty(await tab.Page.EvaluateAsync<string[]>(VisibleNavigation)); // on screen it is there
        await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Empty(await tab.Page.EvaluateAsync<string[]>(VisibleNavigation));
        Assert.True(await tab.Page.IsVisibleAsync("main h1"));
    });
}
