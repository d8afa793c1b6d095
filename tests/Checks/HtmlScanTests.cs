using AngleSharp.Html.Parser;
using Bibliography.Checks;
using Bibliography.Pages;

namespace Bibliography.Tests.LinkChecks;

/// <summary>The link checker's one-pass scan reads every real page exactly as a full HTML parser does.</summary>
public class HtmlScanTests
{
    static readonly BuildResult Site = SiteBuilder.Build(TestPaths.RealInputs, new BuildSettings("https://example.org/repo/", null, null));

    [Fact]
    public void ScanFindsTheSameLangIdsAndLinksAsAngleSharpOnEveryRealPage()
    {
        var pages = Site.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = System.Text.Encoding.UTF8.GetString(page.Content);
            var doc = new HtmlParser().ParseDocument(html);
            var scan = HtmlScan.Read(html);
            Assert.Equal(doc.DocumentElement.GetAttribute("lang"), scan.Lang);
            Assert.Equal(doc.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).ToHashSet(StringComparer.Ordinal)!, scan.Ids);
            var expected = doc.QuerySelectorAll("a[href], link[href]").Select(e => $"{e.LocalName} href={e.GetAttribute("href")} rel={e.GetAttribute("rel")}")
                .Concat(doc.QuerySelectorAll("script[src], img[src], iframe[src], source[src], video[src], audio[src]").Select(e => $"{e.LocalName} src={e.GetAttribute("src")} rel={e.GetAttribute("rel")}"));
            Assert.Equal(expected, scan.Links.Select(l => $"{l.Element} {l.Attr}={l.Value} rel={l.Rel}"));
        }
    }

    [Fact]
    public void ScanSkipsCommentsAndScriptTextAndDecodesAttributes()
    {
        var scan = HtmlScan.Read("<!DOCTYPE html><HTML LANG=en><!-- <a href=\"x\"> --><script>var s = '<a href=\"y\">';</script>" +
                                 "<A HREF='a?b=1&amp;c=2' id=top href=\"ignored\"><img src=p.png><p lang=fr href=no src=no id=p1><html lang=de>");
        Assert.Equal("en", scan.Lang);
        Assert.Equal(["top", "p1"], scan.Ids);
        Assert.Equal(["a a?b=1&c=2", "img p.png"], scan.Links.Select(l => $"{l.Element} {l.Value}"));
    }

    [Fact]
    public void BrokenAnchorInAPageIsStillReported()
    {
        var files = new List<GeneratedFile>
        {
            GeneratedFile.Text("en/index.html", "<html lang=en><body><a href=\"papers/#nowhere\">x</a></body></html>"),
            GeneratedFile.Text("en/papers/index.html", "<html lang=en><body><h1 id=top>t</h1></body></html>"),
        };
        var diagnostics = new Bibliography.Diagnostics.DiagnosticBag();
        SiteChecker.Check(files, diagnostics);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == "BIB402");
    }
}
