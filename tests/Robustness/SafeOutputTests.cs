using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Bibliography.Pages;

namespace Bibliography.Tests.Robustness;

/// <summary>
/// The <c>hostile</c> fixture puts one hostile string in every field a stranger controls (fragment title, authors,
/// venue, notes, URL, tag labels, a seed item). Each test reads one output context back with a real parser and checks
/// the string arrives as text, intact, and never as markup or script.
/// </summary>
public class SafeOutputTests
{
    public const string Hostile = "<script>alert(1)</script> & \"quotes\" {braces} 100%_";

    static readonly BuildResult Site = SiteBuilder.Build(
        new BuildInputs(Path.Combine(TestPaths.Fixtures, "hostile", "seed.txt"), Path.Combine(TestPaths.Fixtures, "hostile", "content"), TestPaths.Theme),
        new BuildSettings("https://example.org/a&b/", "https://github.com/example/repo", null));

    static string Text(string path) => Encoding.UTF8.GetString(Site.Files.Single(f => f.Path == path).Content);
    static IHtmlDocument Page(string path) => new HtmlParser().ParseDocument(Text(path));
    static IEnumerable<(string Path, IHtmlDocument Doc)> AllPages() =>
        Site.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).Select(f => (f.Path, Page(f.Path)));

    [Fact]
    public void HostileFixtureBuilds()
    {
        Assert.True(Site.Succeeded, string.Join("\n", Site.Diagnostics.Sorted()));
    }

    [Fact]
    public void HostileTitleIsPlainTextInHtml()
    {
        var en = Page("en/papers/hostile/index.html");
        Assert.Equal(Hostile, en.QuerySelector("h1")!.TextContent);
        Assert.Contains(Hostile, en.QuerySelector(".facts")!.TextContent); // authors and venue
        Assert.Equal(Hostile, Page("zh/papers/hostile/index.html").QuerySelector("h1")!.TextContent);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; {braces} 100%_", Text("en/papers/hostile/index.html"));
    }

    [Fact]
    public void HostileSeedItemIsPlainTextInHtml()
    {
        var doc = Page("en/papers/img-src-x-onerror-alert-2/index.html");
        Assert.Equal("<img src=x onerror=alert(2)> seed only", doc.QuerySelector("h1")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("main img"));
        // The hostile curator note of item 2.4 is shown as text on the fragment's page.
        Assert.Contains(Hostile, Page("zh/papers/hostile/index.html").QuerySelector("#curator")!.TextContent);
    }

    [Fact]
    public void NoPageHasAScriptOrEventHandlerFromContent()
    {
        foreach (var (path, doc) in AllPages())
        {
            foreach (var script in doc.Scripts)
                Assert.True(script.Source is { Length: > 0 } src && src.Contains("assets/") || script.Type == "application/ld+json", $"{path}: {script.OuterHtml}");
            var handlers = doc.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(handlers.Count == 0, $"{path}: {string.Join(", ", handlers.Select(a => a.Name))}");
        }
    }

    [Fact]
    public void HostilePrefaceIsTextWithItsScriptLinkDropped()
    {
        var doc = Page("en/index.html");
        var intro = doc.QuerySelector("main")!;
        Assert.Contains(Hostile, intro.TextContent);
        Assert.Contains("<div onclick=\"alert(1)\">raw block</div>", intro.TextContent);
        Assert.DoesNotContain(doc.QuerySelectorAll("main a[href]"), a => a.GetAttribute("href")!.StartsWith("javascript:"));
    }

    [Fact]
    public void HostileTitleStaysInsideAttributes()
    {
        var doc = Page("en/papers/hostile/index.html");
        Assert.Equal(Hostile, doc.QuerySelector("meta[name=citation_title]")!.GetAttribute("content"));
        Assert.Equal([Hostile, "Ann O'Brien"], doc.QuerySelectorAll("meta[name=citation_author]").Select(m => m.GetAttribute("content")));
        Assert.StartsWith(Hostile, doc.Title);
        var tag = doc.QuerySelectorAll(".fact-tags a").Single();
        Assert.Equal(Hostile, tag.TextContent);
    }

    [Fact]
    public void HostileUrlStaysOneHrefAndUnsafeSchemesAreDropped()
    {
        var doc = Page("en/papers/hostile/index.html");
        Assert.Contains("https://example.org/paper?a=1&b=\"><script>alert(1)</script>", doc.QuerySelectorAll(".paper-actions a").Select(a => a.GetAttribute("href")));
        var hrefs = doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!.Trim().ToLowerInvariant()).ToList();
        Assert.DoesNotContain(hrefs, h => h.StartsWith("javascript:") || h.StartsWith("data:") || h.StartsWith("vbscript:"));
        var dropped = Site.Diagnostics.Sorted().Where(d => d.Code == "BIB116").ToList();
        Assert.Equal(["javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4="], dropped.Select(d => d.Message.Split('`')[1]));
        Assert.All(dropped, d => Assert.EndsWith("hostile/content/papers/hostile.md", d.File));
        Assert.All(dropped, d => Assert.Equal(19, d.Line));
    }

    [Fact]
    public void ExternalLinksInAnnotationsGetNoopener()
    {
        var annotation = Page("en/papers/hostile/index.html").QuerySelector("#annotation > .prose")!;
        var external = annotation.QuerySelectorAll("a[href^='http']").ToList();
        Assert.Equal(["https://arxiv.org/abs/1706.03762", "https://example.org/page"], external.Select(a => a.GetAttribute("href")));
        Assert.All(external, a => Assert.Contains("noopener", a.GetAttribute("rel") ?? ""));
    }

    [Fact]
    public void EveryExternalLinkOnEveryPageGetsNoopener()
    {
        foreach (var (path, doc) in AllPages())
            foreach (var a in doc.QuerySelectorAll("a[href^='http://'], a[href^='https://']"))
                Assert.True((a.GetAttribute("rel") ?? "").Contains("noopener"), $"{path}: {a.OuterHtml}");
    }

    [Fact]
    public void HostileTitleIsValidJsonInsideTheJsonLdScript()
    {
        var script = Page("en/papers/hostile/index.html").QuerySelector("script[type='application/ld+json']")!;
        var raw = Text("en/papers/hostile/index.html");
        var start = raw.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal);
        var inner = raw[(start + 35)..raw.IndexOf("</script>", start, StringComparison.Ordinal)];
        Assert.DoesNotContain("<", inner);
        Assert.DoesNotContain(">", inner);
        Assert.Equal(script.TextContent, inner);
        using var json = JsonDocument.Parse(inner);
        Assert.Equal(Hostile, json.RootElement.GetProperty("name").GetString());
        Assert.Equal(Hostile, json.RootElement.GetProperty("author")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void HostileTitleIsTextInTheAtomFeed()
    {
        var feed = XDocument.Parse(Text("en/feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = feed.Root!.Elements(atom + "entry").Single(e => e.Element(atom + "id")!.Value.EndsWith("/papers/hostile/"));
        Assert.Equal(Hostile, entry.Element(atom + "title")!.Value);
        Assert.Equal(Hostile, entry.Element(atom + "author")!.Element(atom + "name")!.Value);
        Assert.Equal(Hostile, entry.Element(atom + "category")!.Attribute("label")!.Value);
        Assert.Contains("https://example.org/a&b/en/papers/hostile/", feed.Root.Descendants(atom + "link").Select(l => l.Attribute("href")!.Value));
    }

    [Fact]
    public void SitemapIsWellFormedWithAnAmpersandInTheBaseUrl()
    {
        var sitemap = XDocument.Parse(Text("sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = sitemap.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.All(locs, l => Assert.StartsWith("https://example.org/a&b/", l));
        Assert.Contains("https://example.org/a&b/en/papers/hostile/", locs);
        Assert.Contains("&amp;", Text("sitemap.xml"));
    }

    [Fact]
    public void HostileTitleRoundTripsThroughPapersJson()
    {
        using var json = JsonDocument.Parse(Text("papers.json"));
        var paper = json.RootElement.GetProperty("papers").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "hostile");
        Assert.Equal(Hostile, paper.GetProperty("title").GetString());
        Assert.Equal(Hostile, paper.GetProperty("authors")[0].GetString());
        Assert.Equal(Hostile, paper.GetProperty("venue").GetString());
        Assert.Equal(Hostile, paper.GetProperty("listings")[0].GetProperty("note_en").GetString());
    }

    [Fact]
    public void HostileTitleIsEscapedInBibtex()
    {
        var entry = Text("bibliography.bib").Split("\n@").Single(e => e.Contains(@"booktitle = {\textless{}script"));
        var depth = 0;
        for (var i = 0; i < entry.Length; i++)
        {
            if (entry[i] == '\\') { i++; continue; } // \{ and \} are text, not grouping
            depth += entry[i] switch { '{' => 1, '}' => -1, _ => 0 };
            Assert.True(depth >= 0, "a closing brace ends the entry early");
        }
        Assert.Equal(0, depth);
        Assert.Equal(Hostile, UnescapeBibtex(Field(entry, "title")));
        Assert.Equal(Hostile, UnescapeBibtex(Field(entry, "booktitle")));
    }

    /// <summary>The value of <c>name = {…}</c>, up to its matching brace.</summary>
    static string Field(string entry, string name)
    {
        var start = entry.IndexOf($"  {name} = {{", StringComparison.Ordinal) + name.Length + 6;
        var depth = 1;
        var i = start;
        for (; depth > 0; i++)
        {
            if (entry[i] == '\\') { i++; continue; }
            depth += entry[i] switch { '{' => 1, '}' => -1, _ => 0 };
        }
        return entry[start..(i - 1)];
    }

    static string UnescapeBibtex(string s) => s
        .Replace(@"\textless{}", "<").Replace(@"\textgreater{}", ">").Replace(@"\textbackslash{}", "\\")
        .Replace(@"\textasciitilde{}", "~").Replace(@"\textasciicircum{}", "^")
        .Replace(@"\&", "&").Replace(@"\%", "%").Replace(@"\$", "$").Replace(@"\#", "#").Replace(@"\_", "_").Replace(@"\{", "{").Replace(@"\}", "}");

    [Fact]
    public void HostileTitleStaysOneFieldInRis()
    {
        var record = Text("bibliography.ris").Split("ER  - ").Single(r => r.Contains("TI  - <script>"));
        var lines = record.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Matches("^[A-Z][A-Z0-9]  - ", l));
        Assert.Equal("TI  - " + Hostile, lines.Single(l => l.StartsWith("TI", StringComparison.Ordinal)));
    }

    [Fact]
    public void EveryPageHasAContentSecurityPolicyAllowingOnlyTheSite()
    {
        foreach (var (path, doc) in AllPages())
        {
            var csp = doc.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
            Assert.True(csp is not null, $"{path} has no CSP");
            var directives = csp!.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToList());
            Assert.Equal(["'self'"], directives["default-src"]);
            Assert.Equal(["'self'"], directives["script-src"]);
            Assert.Equal(["'self'"], directives["style-src"]);
            Assert.DoesNotContain(directives.Values.SelectMany(v => v), v => v is "'unsafe-inline'" or "'unsafe-eval'" or "*" || v.StartsWith("http"));
        }
    }

    [Fact]
    public void NothingOnAnyPageNeedsWhatTheCspForbids()
    {
        // The policy blocks inline scripts and styles, so the site must not rely on them.
        foreach (var (path, doc) in AllPages())
        {
            Assert.Empty(doc.QuerySelectorAll("style").Select(e => path));
            Assert.Empty(doc.QuerySelectorAll("[style]").Select(e => $"{path}: {e.OuterHtml}"));
            Assert.Empty(doc.Scripts.Where(s => string.IsNullOrEmpty(s.Source) && s.Type != "application/ld+json").Select(s => path));
        }
    }

    [Fact]
    public void RawHtmlInAFragmentIsAnErrorNotPassedThrough()
    {
        var diagnostics = new Bibliography.Diagnostics.DiagnosticBag();
        var text = "---\nid: x\ntitle: \"T\"\nseed: [\"1.1\"]\ntags: [peft]\n---\n\n::: en\nA <b onclick=\"alert(1)\">bold</b> claim.\n:::\n";
        Assert.Null(Bibliography.Content.FragmentParser.Parse("<test>", text, new HashSet<string> { "peft" }, diagnostics, 2025));
        var error = Assert.Single(diagnostics.Sorted(), d => d.IsError);
        Assert.Equal(("BIB115", 9, 3), (error.Code, error.Line, error.Column));
    }
}
