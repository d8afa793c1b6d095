using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Bibliography.Pages;

namespace Bibliography.Tests.Site;

/// <summary>Builds the small bilingual fixture site and reads the HTML back as a reader's browser would.</summary>
public class FixtureSiteTests
{
    static readonly BuildResult Site = SiteBuilder.Build(TestPaths.Fixture("mini"), new BuildSettings("https://example.org/repo/", "https://github.com/example/repo", null));

    static IHtmlDocument Page(string path) =>
        new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(Site.Files.Single(f => f.Path == path).Content));

    [Fact]
    public void FixtureBuildsWithoutErrors()
    {
        Assert.True(Site.Succeeded, string.Join("\n", Site.Diagnostics.Sorted()));
    }

    [Theory]
    [InlineData("zh/index.html", "zh-Hans")]
    [InlineData("en/index.html", "en")]
    [InlineData("zh/papers/transformer/index.html", "zh-Hans")]
    [InlineData("en/papers/transformer/index.html", "en")]
    [InlineData("en/parts/2/index.html", "en")]
    public void EveryPageDeclaresItsLanguage(string path, string lang)
    {
        Assert.Equal(lang, Page(path).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void PaperPageShowsTitleInBothLanguagesOnTheChinesePage()
    {
        var doc = Page("zh/papers/transformer/index.html");
        Assert.Equal("Transformer：注意力就是全部", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Attention Is All You Need", doc.QuerySelector(".paper-head .subtitle")!.TextContent.Trim());
    }

    [Fact]
    public void DuplicateListingBecomesOnePaperListedTwice()
    {
        var doc = Page("en/papers/transformer/index.html");
        var refs = doc.QuerySelectorAll("#curator .note-where a:first-child").Select(a => a.TextContent).ToList();
        Assert.Equal(["Item 1.1", "Item 2.2"], refs);
    }

    [Fact]
    public void MissingChineseAnnotationFallsBackToEnglishMarkedAsSuch()
    {
        var doc = Page("zh/papers/lora/index.html");
        var annotation = doc.QuerySelector("#annotation .prose")!;
        Assert.Equal("en", annotation.GetAttribute("lang"));
        Assert.NotNull(doc.QuerySelector("#annotation .fallback-note"));
        Assert.Null(doc.QuerySelector("#annotation details.other-lang")); // the English text once, not twice
    }

    [Fact]
    public void SeedItemWithoutFragmentStillGetsPagesInBothLanguages()
    {
        Assert.Contains(Site.Files, f => f.Path == "en/papers/deep-residual-learning-for-image-recognition/index.html");
        Assert.Contains(Site.Files, f => f.Path == "zh/papers/deep-residual-learning-for-image-recognition/index.html");
        Assert.Contains(Site.Diagnostics.Sorted(), d => d.Code == "BIB204" && d.Message.Contains("1.2"));
    }

    [Fact]
    public void EveryInternalLinkResolvesToAWrittenFile()
    {
        var paths = Site.Files.Select(f => f.Path).ToHashSet();
        foreach (var file in Site.Files.Where(f => f.Path.EndsWith(".html") && f.Path != "404.html"))
        {
            var doc = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content));
            foreach (var a in doc.QuerySelectorAll("a[href], link[rel=stylesheet], script[src]"))
            {
                var href = a.GetAttribute("href") ?? a.GetAttribute("src")!;
                if (href.StartsWith("http") || href.StartsWith("#") || href.StartsWith("mailto:")) continue;
                var (target, _) = Checks.SiteChecker.Resolve(file.Path, href);
                var f = target!.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
                Assert.True(paths.Contains(f), $"{file.Path}: {href} → {f}");
            }
        }
    }

    [Fact]
    public void CanonicalAndAlternatesUseTheBaseUrlAndPointAtEachOther()
    {
        var en = Page("en/papers/lora/index.html");
        var zh = Page("zh/papers/lora/index.html");
        Assert.Equal("https://example.org/repo/en/papers/lora/", en.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://example.org/repo/zh/papers/lora/", en.QuerySelector("link[rel=alternate][hreflang=zh-Hans]")!.GetAttribute("href"));
        Assert.Equal("https://example.org/repo/en/papers/lora/", zh.QuerySelector("link[rel=alternate][hreflang=en]")!.GetAttribute("href"));
        Assert.Equal("https://example.org/repo/", zh.QuerySelector("link[rel=alternate][hreflang=x-default]")!.GetAttribute("href"));
    }

    [Fact]
    public void LanguageSwitchLandsOnTheSamePageInTheOtherLanguage()
    {
        var href = Page("en/papers/lora/index.html").QuerySelector("[data-lang-switch]")!.GetAttribute("href")!;
        Assert.Equal("zh/papers/lora/", Checks.SiteChecker.Resolve("en/papers/lora/index.html", href).Target);
    }
}
