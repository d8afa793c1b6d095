using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Bibliography.Cli;
using Bibliography.Pages;
using Bibliography.Pdf;
using Bibliography.Text;

namespace Bibliography.Tests.Print;

/// <summary>The print edition pages of the real site, as HTML (no browser needed).</summary>
public class PrintEditionTests
{
    static readonly BuildResult Site = SiteBuilder.Build(TestPaths.RealInputs, new BuildSettings(null, null, "2026-01-01"));

    static IHtmlDocument Page(string path) =>
        new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(Site.Files.Single(f => f.Path == path).Content));

    [Theory]
    [InlineData("en/print/index.html")]
    [InlineData("zh/print/index.html")]
    [InlineData("en/print/both/index.html")]
    public void PrintEditionHoldsEveryPaperInReadingOrder(string path)
    {
        Assert.True(Site.Succeeded, string.Join("\n", Site.Diagnostics.Sorted()));
        var bib = Site.Bibliography!;
        var doc = Page(path);
        var entries = doc.QuerySelectorAll(".print-entry").Select(e => e.Id!).ToList();
        Assert.Equal(bib.Parts.SelectMany(p => p.Entries).Select(e => e.Listing.Anchor), entries);
        // Each paper is printed in full once, at its first listing, in the list's order.
        var full = doc.QuerySelectorAll(".print-entry").Where(e => e.QuerySelector(".print-see") is null).Select(e => e.Id).ToList();
        Assert.Equal(bib.Papers.Select(p => p.FirstListing.Anchor), full);
        Assert.Equal(7, doc.QuerySelectorAll(".print-toc li").Length);
    }

    [Fact]
    public void TitlePageShowsTitleDescriptionAndContentDate()
    {
        var cover = Page("zh/print/index.html").QuerySelector(".print-cover")!;
        Assert.Equal(Site.Bibliography!.Title(global::Bibliography.Text.Lang.Zh), cover.QuerySelector("h1")!.TextContent);
        Assert.Contains("2026-01-01", cover.TextContent);
        Assert.Equal(Site.Bibliography.Site.Description.Zh, cover.QuerySelector(".lead")!.TextContent);
    }

    [Fact]
    public void BothLanguagesEditionShowsEachAnnotationInEnglishAndChinese()
    {
        var entry = Page("en/print/both/index.html").QuerySelector("#item-1-1")!;
        Assert.Equal(["en", "zh-Hans"], entry.QuerySelectorAll(".print-annotation .prose").Select(p => p.GetAttribute("lang")));
        Assert.NotNull(entry.QuerySelector(".curator-note-en"));
    }

    [Fact]
    public void PrintEditionLinksToNoOtherPageOfTheSite()
    {
        foreach (var path in new[] { "en/print/index.html", "zh/print/both/index.html" })
        {
            var links = Page(path).QuerySelectorAll("main a[href]").Where(a => a.Closest(".no-print") is null).Select(a => a.GetAttribute("href")!);
            Assert.All(links, href => Assert.True(href.StartsWith('#') || href.StartsWith("https://") || href.StartsWith("http://"), $"{path}: {href}"));
        }
    }

    [Fact]
    public void WithoutPdfsNoPageLinksToAPdf()
    {
        foreach (var file in Site.Files.Where(f => f.Path.EndsWith(".html")))
            Assert.DoesNotContain("pdf/bibliography.", System.Text.Encoding.UTF8.GetString(file.Content));
        Assert.Contains(Page("en/index.html").QuerySelectorAll(".downloads a"), a => a.GetAttribute("href") == "print/");
    }

    [Fact]
    public void PdfCommandWithoutABrowserSaysHowToInstallOneAndFails()
    {
        var before = Console.Error;
        var captured = new StringWriter();
        Console.SetError(captured);
        int code;
        try { code = PdfCommand.Run(TestPaths.RealInputs, BuildSettings.Default, Path.Combine(TestPaths.TempDir(), "site"), "/nonexistent/chromium"); }
        finally { Console.SetError(before); }
        Assert.NotEqual(0, code);
        Assert.Contains("--chrome /nonexistent/chromium: no such file", captured.ToString());
        Assert.Contains("apt-get install chromium", captured.ToString());
    }

    [Theory]
    [InlineData("2026-01-01", "/CreationDate (D:20260101000000Z)")]
    [InlineData(null, "")]
    public void PdfDatesComeFromTheContentDateNotTheClock(string? contentDate, string expected)
    {
        var pdf = "<</Title (x)\n/CreationDate (D:20261130135842+00'00')\n/ModDate (D:20261130135842+00'00')>>\n";
        var pinned = System.Text.Encoding.Latin1.GetString(PdfDates.Pin(System.Text.Encoding.Latin1.GetBytes(pdf), contentDate));
        Assert.Equal(pdf.Length, pinned.Length);
        Assert.DoesNotContain("2026113013", pinned);
        Assert.Equal(expected, pinned.Split('\n')[1].TrimEnd());
    }
}
