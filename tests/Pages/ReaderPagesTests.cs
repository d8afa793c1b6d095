using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Bibliography.Pages;

namespace Bibliography.Tests.Pages;

/// <summary>The reader's pages and hooks in the fixture site served under a sub-path: search, 404, progress, sorting.</summary>
public class ReaderPagesTests
{
    static readonly BuildResult Site = SiteBuilder.Build(TestPaths.Fixture("mini"), new BuildSettings("https://example.org/repo/", null, null));

    static IHtmlDocument Page(string path) =>
        new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(Site.Files.Single(f => f.Path == path).Content));

    [Theory]
    [InlineData("zh/index.html", "搜索")]
    [InlineData("en/index.html", "Search")]
    [InlineData("en/papers/lora/index.html", "Search")]
    [InlineData("zh/tags/index.html", "搜索")]
    public void EveryPageHasASearchBoxInItsHeaderThatOpensTheSearchPageOfItsLanguage(string path, string label)
    {
        Assert.True(Site.Succeeded, string.Join("\n", Site.Diagnostics.Sorted()));
        var form = Page(path).QuerySelector("header form[role=search][data-header-search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(path[..2] + "/search/", Checks.SiteChecker.Resolve(path, form.GetAttribute("action")!).Target);
        var input = form.QuerySelector("input#header-q[name=q]")!;
        Assert.Equal(label, form.QuerySelector($"label[for={input.Id}]")!.TextContent);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void SearchPageWithoutJavaScriptPointsToTheAllPapersTable(string lang)
    {
        var doc = Page($"{lang}/search/index.html");
        var noscript = new HtmlParser().ParseFragment(doc.QuerySelector("noscript")!.InnerHtml, doc.Body!);
        var href = noscript.OfType<AngleSharp.Dom.IElement>().SelectMany(e => e.QuerySelectorAll("a")).Single().GetAttribute("href")!;
        Assert.Equal($"{lang}/papers/", Checks.SiteChecker.Resolve($"{lang}/search/index.html", href).Target);
        Assert.NotNull(doc.QuerySelector("input#search-q[type=search]"));
        Assert.NotNull(doc.QuerySelector("#search-results"));
        Assert.NotNull(doc.QuerySelector("#search-status[role=status]"));
    }

    [Fact]
    public void SitemapListsTheSearchPagesButNotThe404Page()
    {
        var sitemap = System.Text.Encoding.UTF8.GetString(Site.Files.Single(f => f.Path == "sitemap.xml").Content);
        Assert.Contains("<loc>https://example.org/repo/zh/search/</loc>", sitemap);
        Assert.Contains("<loc>https://example.org/repo/en/search/</loc>", sitemap);
        Assert.DoesNotContain("404", sitemap);
    }

    [Fact]
    public void NotFoundPageSpeaksBothLanguages()
    {
        var doc = Page("404.html");
        Assert.Equal(["页面不存在", "Page not found"], doc.QuerySelectorAll("main h1").Select(h => h.TextContent));
        Assert.Equal(["zh-Hans", "en"], doc.QuerySelectorAll(".not-found-lang").Select(s => s.GetAttribute("lang")));
        Assert.Equal("noindex", doc.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public void EveryLinkOfThe404PageIsRootedUnderTheBasePathAndLandsOnAPage()
    {
        var doc = Page("404.html");
        var paths = Site.Files.Select(f => f.Path).ToHashSet();
        var refs = doc.QuerySelectorAll("a[href], link[href], script[src]")
            .Where(e => e.GetAttribute("rel") is not ("canonical" or "alternate"))
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.Contains("/repo/en/search/", refs);
        Assert.Contains("/repo/assets/site.css", refs);
        foreach (var href in refs.Where(h => !h.StartsWith('#')))
        {
            Assert.StartsWith("/repo/", href);
            Assert.Contains(SiteUrls.FileOf(href["/repo/".Length..]), paths);
        }
    }

    [Fact]
    public void ListsCarryThePaperIdForReadMarks()
    {
        var rows = Page("en/papers/index.html").QuerySelectorAll("table[data-sortable] tbody tr").Select(tr => tr.GetAttribute("data-paper")).ToList();
        Assert.Contains("transformer", rows);
        Assert.Contains("lora", rows);
        Assert.NotEmpty(Page("zh/parts/1/index.html").QuerySelectorAll(".entry[data-paper]"));
        Assert.Contains("transformer", Page("zh/index.html").QuerySelector("#parts a[data-part-papers]")!.GetAttribute("data-part-papers")!.Split(' '));
        Assert.NotEmpty(Page("en/years/index.html").QuerySelectorAll(".row[data-paper]"));
    }

    [Fact]
    public void HomePageHasProgressPerPartAndTheExportImportControls()
    {
        var doc = Page("en/index.html");
        var cards = doc.QuerySelectorAll("#parts a[data-part-papers]");
        Assert.Equal(Site.Bibliography!.Parts.Count, cards.Length);
        Assert.All(cards, c => Assert.Equal("{0}/{1} read", c.QuerySelector(".progress")!.GetAttribute("data-format")));
        var tools = doc.QuerySelector("#progress[data-progress-tools]")!;
        Assert.NotNull(tools.QuerySelector("button#progress-export"));
        Assert.Equal("progress-import", tools.QuerySelector("label[for]")!.GetAttribute("for"));
        Assert.NotNull(tools.QuerySelector("input#progress-import[type=file]"));
    }

    [Fact]
    public void MarkAsReadButtonKnowsBothOfItsLabels()
    {
        var button = Page("zh/papers/lora/index.html").QuerySelector("button[data-read-toggle=lora]")!;
        Assert.Equal("标记为已读", button.GetAttribute("data-label-unread"));
        Assert.Equal("已读 ✓", button.GetAttribute("data-label-read"));
        Assert.Equal("false", button.GetAttribute("aria-pressed"));
    }

    [Fact]
    public void AllPapersTableStartsSortedByNumberWithAButtonPerSortableColumn()
    {
        var table = Page("zh/papers/index.html").QuerySelector("table[data-sortable]")!;
        Assert.Equal(["order", "title", "year"], table.QuerySelectorAll("th button[data-sort]").Select(b => b.GetAttribute("data-sort")));
        Assert.Equal("ascending", table.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
        var orders = table.QuerySelectorAll("tbody tr").Select(tr => int.Parse(tr.GetAttribute("data-order")!)).ToList();
        Assert.Equal(orders.Order(), orders);
    }
}
