using System.Text.RegularExpressions;
using Bibliography.Content;
using Microsoft.Playwright;

namespace Bibliography.Tests.Browser;

/// <summary>The reading site as a reader uses it in Chromium: sidebar, phone menu, header search, paper page, cross-references, filters, charts.</summary>
public class ReadingSiteTests
{
    static readonly BrowserNewContextOptions Laptop = new() { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } };
    static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new ViewportSize { Width = 360, Height = 780 }, IsMobile = true, HasTouch = true };
    static Model.Bibliography Bib => ServedSite.Shared.Build.Bibliography!;

    [SkippableFact]
    public Task SidebarListsEveryPartWithTheCurrentPartOpenAndThePaperMarkedCurrent() => Tab.RunAsync("sidebar", async tab =>
    {
        await tab.GoAsync("en/papers/lora/");
        var sidebar = tab.Page.Locator("nav#sidebar");
        Assert.True(await sidebar.IsVisibleAsync());
        Assert.Equal(Bib.Parts.Count, await sidebar.Locator(".sidebar-parts > li > a").CountAsync());
        var current = sidebar.Locator(".sidebar-items a[aria-current=page]");
        Assert.Equal(1, await current.CountAsync());
        Assert.Contains("LoRA", await current.TextContentAsync());
        Assert.Contains("Part 2", await sidebar.Locator(".sidebar-parts > li.open > a").TextContentAsync());
        Assert.Equal(["Home", "Part 2", "Item 2.20"], (await tab.Page.Locator("nav.breadcrumbs li").AllTextContentsAsync()).Select(s => s.Trim()));
        Assert.Equal("page", await tab.Page.Locator("nav.breadcrumbs [aria-current]").GetAttributeAsync("aria-current"));
        Assert.Empty(tab.Problems);
    }, Laptop);

    [SkippableFact]
    public Task PhoneMenuButtonOpensAndClosesTheSidebar() => Tab.RunAsync("phone-menu", async tab =>
    {
        await tab.GoAsync("zh/papers/lora/");
        var button = tab.Page.Locator("button[aria-expanded][aria-controls=sidebar]");
        var sidebar = tab.Page.Locator("nav#sidebar");
        Assert.True(await button.IsVisibleAsync());
        Assert.False(await sidebar.IsVisibleAsync());
        await button.ClickAsync();
        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
        Assert.True(await sidebar.IsVisibleAsync());
        Assert.True(await sidebar.Locator("a[aria-current=page]").IsVisibleAsync());
        await tab.Page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));
        Assert.False(await sidebar.IsVisibleAsync());
        Assert.Empty(tab.Problems);
    }, Phone);

    /// <summary>Types into the header's search box of a page and returns the result options' links, best first.</summary>
    static async Task<IReadOnlyList<string>> HeaderSearchAsync(Tab tab, string page, string query)
    {
        await tab.GoAsync(page);
        await tab.Page.FillAsync("#header-q", query);
        var options = tab.Page.Locator("#header-results [role=option][data-paper]");
        await options.First.WaitForAsync();
        return await options.EvaluateAllAsync<string[]>("os => os.map(o => new URL(o.dataset.href, location.href).pathname)");
    }

    [SkippableTheory]
    [InlineData("en/", "lora", "lora")]
    [InlineData("en/tags/", "chain of thought", "chain-of-thought")]
    [InlineData("zh/", "思维链", "chain-of-thought")]
    [InlineData("zh/years/", "LoRA", "lora")]
    public Task HeaderSearchPutsTheExactMatchFirstAndMarksTheMatchedWords(string page, string query, string expected) => Tab.RunAsync($"header-search-{expected}", async tab =>
    {
        var hits = await HeaderSearchAsync(tab, page, query);
        Assert.Equal($"/repo/{page[..2]}/papers/{expected}/", hits[0]);
        var marked = await tab.Page.Locator("#header-results [role=option] .hit-title mark").First.TextContentAsync();
        Assert.False(string.IsNullOrEmpty(marked));
        Assert.Contains(Regex.Split(query.ToLowerInvariant(), @"\s+")[0], marked!.ToLowerInvariant());
        Assert.Empty(tab.Problems);
    }, Laptop);

    [SkippableFact]
    public Task SlashFocusesTheSearchBoxAndArrowsAndEnterOpenAResult() => Tab.RunAsync("header-search-keys", async tab =>
    {
        await tab.GoAsync("en/parts/3/");
        await tab.Page.Keyboard.PressAsync("/");
        Assert.Equal("header-q", await tab.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        await tab.Page.Keyboard.TypeAsync("llama");
        await tab.Page.Locator("#header-results [role=option][data-paper]").First.WaitForAsync();
        await tab.Page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("header-hit-0", await tab.Page.GetAttributeAsync("#header-q", "aria-activedescendant"));
        await Task.WhenAll(tab.Page.WaitForURLAsync("**/en/papers/llama/"), tab.Page.Keyboard.PressAsync("Enter"));
        Assert.Equal("en/papers/llama/", tab.Path);
        Assert.Empty(tab.Problems);
    }, Laptop);

    [SkippableFact]
    public Task EnterWithoutAChoiceOpensTheSearchPageWhichKeepsTheQueryInTheAddress() => Tab.RunAsync("search-page-query", async tab =>
    {
        await tab.GoAsync("en/");
        await tab.Page.FillAsync("#header-q", "diffusion");
        await Task.WhenAll(tab.Page.WaitForURLAsync("**/en/search/?q=diffusion"), tab.Page.Keyboard.PressAsync("Enter"));
        Assert.Equal("diffusion", await tab.Page.InputValueAsync("#search-q"));
        await tab.Page.Locator("#search-results li").First.WaitForAsync();
        Assert.True(await tab.Page.Locator("#search-results .result-title mark, #search-results .result-snippet mark").CountAsync() > 0);
        await tab.Page.FillAsync("#search-q", "lora");
        Assert.EndsWith("?q=lora", tab.Page.Url);
        await tab.Page.Locator("#search-results li[data-paper=lora]").WaitForAsync();
        Assert.Equal("lora", await tab.Page.Locator("#search-results li").First.GetAttributeAsync("data-paper"));
        Assert.Empty(tab.Problems);
    }, Laptop);

    [SkippableTheory]
    [InlineData("en")]
    [InlineData("zh")]
    public Task PaperPageShowsTheAnnotationOnceAndFoldsTheOtherLanguageAndTheCitationFormats(string lang) => Tab.RunAsync($"paper-once-{lang}", async tab =>
    {
        await tab.GoAsync($"{lang}/papers/lora/");
        var lora = Bib.PaperById["lora"];
        var mine = lora.Writing.Annotation[lang == "en" ? Text.Lang.En : Text.Lang.Zh]!.Text;
        var other = lora.Writing.Annotation[lang == "en" ? Text.Lang.Zh : Text.Lang.En]!.Text;
        var visible = await tab.Page.EvaluateAsync<string>("() => document.querySelector('main').innerText");
        string Start(string s) => s[..Math.Min(30, s.Length)];
        Assert.Single(Regex.Matches(visible, Regex.Escape(Start(mine))));
        Assert.DoesNotContain(Start(other), visible); // folded
        await tab.Page.ClickAsync("#annotation details.other-lang summary");
        Assert.Contains(Start(other), await tab.Page.EvaluateAsync<string>("() => document.querySelector('main').innerText"));

        Assert.True(await tab.Page.Locator("#cite .formatted").IsVisibleAsync());
        Assert.False(await tab.Page.Locator("#cite pre.bibtex").IsVisibleAsync());
        Assert.False(await tab.Page.Locator("#cite pre.ris").IsVisibleAsync());
        await tab.Page.ClickAsync("#cite details:has(pre.bibtex) summary");
        Assert.True(await tab.Page.Locator("#cite pre.bibtex").IsVisibleAsync());
        Assert.True(await tab.Page.Locator("#later > .prose").IsVisibleAsync()); // later work and limits
        Assert.Empty(tab.Problems);
    }, Laptop);

    [SkippableFact]
    public Task CrossReferencesInAnnotationsLinkToThePaperTheyName() => Tab.RunAsync("xref", async tab =>
    {
        await tab.GoAsync("en/papers/chain-of-thought/");
        var xref = tab.Page.Locator("#annotation a.xref", new PageLocatorOptions { HasText = "2.12" }).First;
        await Task.WhenAll(tab.Page.WaitForURLAsync("**/en/papers/emergent-abilities/"), xref.ClickAsync());
        Assert.Equal("en/papers/emergent-abilities/", tab.Path);
        Assert.Empty(tab.Problems);
    }, Laptop);

    public static TheoryData<string, int> Filters()
    {
        var papers = ServedSite.Shared.Build.Bibliography!.Papers;
        return new TheoryData<string, int>
        {
            { "?tag=peft", papers.Count(p => p.Facts.Tags.Contains("peft")) },
            { "?year=2022&part=2", papers.Count(p => p.Facts.Year == 2022 && p.Listings.Any(l => l.Part == 2)) },
            { "?kind=survey", papers.Count(p => p.Facts.Kind == PaperKind.Survey) },
            { "?part=5&q=diffusion", papers.Count(p => p.Listings.Any(l => l.Part == 5) && Mentions(p, "diffusion")) },
        };
    }

    /// <summary>What the table's text filter looks in: both titles, authors, venue, tags in both languages, the item numbers, other names.</summary>
    static bool Mentions(Model.Paper p, string word)
    {
        var tags = p.Facts.Tags.Where(Bib.TagById.ContainsKey).SelectMany(t => new[] { Bib.TagById[t].Label.En, Bib.TagById[t].Label.Zh });
        return new[] { p.Facts.Title, p.Facts.TitleZh, p.Facts.Venue, p.Refs }.Concat(p.Facts.Authors).Concat(tags).Concat(p.Facts.Aliases)
            .Any(s => s?.Contains(word, StringComparison.OrdinalIgnoreCase) == true);
    }

    [SkippableTheory]
    [MemberData(nameof(Filters))]
    public Task FiltersInTheAddressShowExactlyTheMatchingRows(string query, int expected) => Tab.RunAsync("filter" + query, async tab =>
    {
        await tab.GoAsync("en/papers/" + query);
        var shown = await tab.Page.Locator("table[data-sortable] tbody tr:visible").CountAsync();
        Assert.Equal(expected, shown);
        Assert.Equal($"Showing {expected} of {Bib.Papers.Count} papers", (await tab.Page.Locator("[data-filter-count]").TextContentAsync())!.Trim());
        Assert.True(expected > 0);
        Assert.Empty(tab.Problems);
    }, Laptop);

    [SkippableFact]
    public Task ChoosingAFilterWritesItIntoTheAddress() => Tab.RunAsync("filter-writes", async tab =>
    {
        await tab.GoAsync("zh/papers/");
        await tab.Page.SelectOptionAsync("#f-tag", "peft");
        await tab.Page.SelectOptionAsync("#f-part", "2");
        Assert.EndsWith("?tag=peft&part=2", tab.Page.Url);
        Assert.Equal(Bib.Papers.Count(p => p.Facts.Tags.Contains("peft") && p.Listings.Any(l => l.Part == 2)),
            await tab.Page.Locator("table[data-sortable] tbody tr:visible").CountAsync());
    }, Laptop);

    [SkippableFact]
    public Task WithoutJavaScriptTheWholeTableShows() => Tab.RunAsync("filter-nojs", async tab =>
    {
        await tab.GoAsync("en/papers/?tag=peft");
        Assert.Equal(Bib.Papers.Count, await tab.Page.Locator("table tbody tr:visible").CountAsync());
        Assert.False(await tab.Page.Locator("form[data-filters]").IsVisibleAsync());
    }, new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

    [SkippableTheory]
    [InlineData("en/")]
    [InlineData("zh/")]
    public Task HomePageShowsThePartsAboveTheFold(string path) => Tab.RunAsync("home-fold-" + path, async tab =>
    {
        await tab.GoAsync(path);
        var box = await tab.Page.Locator("#parts a.part-card").First.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box!.Y + box.Height <= 900, $"the first part ends at {box.Y + box.Height}px, below the fold");
        // The curator's preface is there, complete, but folded.
        Assert.False(await tab.Page.Locator("#preface .prose").IsVisibleAsync());
        Assert.True(await tab.Page.Locator("#preface details summary").IsVisibleAsync());
    }, Laptop);

    [SkippableTheory]
    [InlineData("en/years/")]
    [InlineData("zh/years/")]
    public Task TimelineOpensWithAChartOfPapersPerYear(string path) => Tab.RunAsync("years-chart-" + path, async tab =>
    {
        await tab.GoAsync(path);
        var chart = tab.Page.Locator("main figure svg.year-chart[role=img]");
        Assert.True(await chart.IsVisibleAsync());
        Assert.False(string.IsNullOrWhiteSpace(await chart.Locator("> title").TextContentAsync()));
        var dated = Bib.Papers.Count(p => p.Facts.Year is not null);
        var totals = await chart.Locator("text.total").AllTextContentsAsync();
        Assert.Equal(dated, totals.Sum(int.Parse));
        var box = await chart.BoundingBoxAsync();
        Assert.True(box!.Y < 450, "the chart opens the page");
    }, Laptop);

    [SkippableFact]
    public Task MapLinksEveryPaperAndLightsUpItsRelations() => Tab.RunAsync("map", async tab =>
    {
        await tab.GoAsync("en/map/");
        var nodes = tab.Page.Locator("svg.list-map a.node");
        Assert.Equal(Bib.Papers.Count, await nodes.CountAsync());
        await tab.Page.Locator("svg.list-map a.node[data-paper=transformer]").HoverAsync();
        Assert.True(await tab.Page.Locator("svg.list-map.focusing .edge.lit").CountAsync() > 0);
        Assert.Empty(tab.Problems);
    }, Laptop);

    [SkippableFact]
    public Task ThemeSwitchTurnsThePageDarkAndStaysDarkOnTheNextPage() => Tab.RunAsync("theme", async tab =>
    {
        await tab.GoAsync("en/");
        var light = await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        await tab.Page.ClickAsync("[data-theme-toggle]");
        var dark = await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.NotEqual(light, dark);
        await tab.GoAsync("en/parts/1/");
        Assert.Equal("dark", await tab.Page.GetAttributeAsync("html", "data-theme"));
        Assert.Equal(dark, await tab.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
    }, Laptop);
}
