using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Bibliography.Content;
using Bibliography.Cli;
using Bibliography.Pages;
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
        Assert.Equal(bib.Papers.Select(p => p.FirstListing!.Anchor), full);
        Assert.Equal(7 + 3, doc.QuerySelectorAll(".print-toc li").Length); // the parts, two indexes, the colophon
    }

    [Fact]
    public void TitlePageShowsTitleDescriptionContentDateAndTheListWithItsCurator()
    {
        var cover = Page("zh/print/index.html").QuerySelector(".print-cover")!;
        Assert.Equal(Site.Bibliography!.Title(global::Bibliography.Text.Lang.Zh), cover.QuerySelector("h1")!.TextContent);
        Assert.Contains("2026-01-01", cover.TextContent);
        Assert.Equal(Site.Bibliography.Site.Description.Zh, cover.QuerySelector(".lead")!.TextContent);
        Assert.Contains(Site.Bibliography.SeedTitle, cover.QuerySelector(".print-source")!.TextContent);
        Assert.Contains("v_JULY_v", cover.QuerySelector(".print-source")!.TextContent);
        Assert.Null(cover.QuerySelector(".print-licence")); // the repository states no licence for the annotations
    }

    [Fact]
    public void EachEntryPrintsItsLaterContextAfterItsAnnotation()
    {
        foreach (var (path, label) in new[] { ("en/print/index.html", "Later work and limits"), ("zh/print/index.html", "后续与局限") })
        {
            var entry = Page(path).QuerySelector("#item-1-1")!;
            var blocks = entry.Children.Select(c => c.ClassName).ToList();
            Assert.True(blocks.IndexOf("print-annotation") < blocks.IndexOf("print-context"), string.Join(", ", blocks));
            Assert.Equal(label, entry.QuerySelector(".print-context .print-label")!.TextContent);
            Assert.Contains("BERT", entry.QuerySelector(".print-context .prose")!.TextContent);
        }
        var withContext = Site.Bibliography!.Papers.Count(p => p.Writing.Context.Html().En is not null);
        Assert.Equal(withContext, Page("en/print/index.html").QuerySelectorAll(".print-context").Length);
    }

    [Fact]
    public void BackMatterHasAnIndexOfAuthorsAnIndexOfTagsAndAColophon()
    {
        var doc = Page("en/print/index.html");
        var authors = doc.QuerySelector("#index-authors")!;
        Assert.Contains(authors.QuerySelectorAll(".print-index-term"), t => t.TextContent == "Vaswani, Ashish");
        var vaswani = authors.QuerySelectorAll("li").First(li => li.QuerySelector(".print-index-term")!.TextContent == "Vaswani, Ashish");
        Assert.Equal(["#item-2-1"], vaswani.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Take(1));
        Assert.All(authors.QuerySelectorAll("a"), a => Assert.NotNull(doc.GetElementById(a.GetAttribute("href")![1..])));
        var tags = doc.QuerySelector("#index-tags")!.QuerySelectorAll(".print-index-term").Select(t => t.TextContent).ToList();
        Assert.Equal(tags.Order(StringComparer.OrdinalIgnoreCase), tags);
        Assert.Contains("Large language models", tags);
        Assert.NotNull(doc.QuerySelector("#colophon"));
        Assert.Equal(["part-1", "part-2", "part-3", "part-4", "part-5", "part-6", "part-7", "index-authors", "index-tags", "colophon"],
            doc.QuerySelectorAll(".print-toc a").Select(a => a.GetAttribute("href")![1..]));
    }

    [Fact]
    public void LinksShowShortAddressesThatBreakOnlyAtSlashesAndDots()
    {
        var entry = Page("en/print/index.html").QuerySelector("#item-1-2")!;
        var code = entry.QuerySelectorAll(".print-links a").Single(a => a.GetAttribute("href") == "https://github.com/openai/gpt-2");
        Assert.Equal("github.com/openai/gpt-2", code.TextContent);
        Assert.Equal(["github", ".com/", "openai/", "gpt-2"], code.QuerySelectorAll(".nobr").Select(s => s.TextContent));
        Assert.All(Page("en/print/index.html").QuerySelectorAll("main a[href^='http']"), a => Assert.Contains("shows-target", a.ClassName ?? ""));
    }

    [Fact]
    public void EditorsAdditionsAreAFinalSectionMarkedAsNotFromTheList()
    {
        var dir = TestPaths.TempDir();
        var content = Path.Combine(dir, "content");
        CopyDir(Path.Combine(TestPaths.Fixtures, "mini", "content"), content);
        File.WriteAllText(Path.Combine(content, "papers", "flash-attention.md"),
            "---\nid: flash-attention\ntitle: \"FlashAttention: Fast and Memory-Efficient Exact Attention\"\nauthors: [\"Tri Dao\"]\nyear: 2022\ntags: [peft]\n---\n\n::: en\nAn exact attention that reads memory less.\n:::\n");
        var inputs = new BuildInputs(Path.Combine(TestPaths.Fixtures, "mini", "seed.txt"), content, TestPaths.Theme);
        var site = SiteBuilder.Build(inputs, BuildSettings.Default);
        Assert.True(site.Succeeded, string.Join("\n", site.Diagnostics.Sorted()));
        var doc = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(site.Files.Single(f => f.Path == "en/print/index.html").Content));

        var additions = doc.QuerySelector("#additions")!;
        Assert.Equal("Editor's additions", additions.QuerySelector("h2")!.TextContent);
        Assert.Contains("not on the curator's list", additions.QuerySelector(".print-section-note")!.TextContent);
        Assert.Equal(["paper-flash-attention"], additions.QuerySelectorAll(".print-entry").Select(e => e.Id));
        Assert.Null(additions.QuerySelector(".print-ref"));
        Assert.Same(additions, doc.QuerySelectorAll(".print-part").Last());
        Assert.Contains(doc.QuerySelectorAll(".print-toc a"), a => a.GetAttribute("href") == "#additions");
        Assert.Contains(doc.QuerySelectorAll("#index-authors a"), a => a.GetAttribute("href") == "#paper-flash-attention");
        Assert.Contains("#additions { page: additions; }", System.Text.Encoding.UTF8.GetString(site.Files.Single(f => f.Path == "en/print/heads.css").Content));
        // Without additions there is no such section (the real list has none).
        Assert.Null(Page("en/print/index.html").QuerySelector("#additions"));
    }

    [Fact]
    public void RunningHeadsStylesheetPutsEachPartOnPagesNamedAfterIt()
    {
        var css = System.Text.Encoding.UTF8.GetString(Site.Files.Single(f => f.Path == "en/print/heads.css").Content);
        Assert.Contains("#part-1 { page: part-1; }", css);
        Assert.Contains("@page part-1:left { @top-left { content: \"Part 1: Foundational large language models from OpenAI and Google\"; } }", css);
        Assert.Contains("@page part-2:right { @top-right { content: \"Part 2: Key LLM techniques: ICL, CoT, RLHF, word embeddings, position…\"; } }", css);
        Assert.Contains("@page index-tags:left", css);
        Assert.Contains(Page("en/print/index.html").QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href") == "heads.css");
    }

    [Fact]
    public void BothLanguagesEditionShowsEachAnnotationInEnglishAndChinese()
    {
        var entry = Page("en/print/both/index.html").QuerySelector("#item-1-1")!;
        Assert.Equal(["en", "zh-Hans"], entry.QuerySelectorAll(".print-annotation .prose").Select(p => p.GetAttribute("lang")));
        Assert.NotNull(entry.QuerySelector(".print-notes[lang=en]"));
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

    static void CopyDir(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        foreach (var d in Directory.GetDirectories(from)) CopyDir(d, Path.Combine(to, Path.GetFileName(d)));
    }
}
