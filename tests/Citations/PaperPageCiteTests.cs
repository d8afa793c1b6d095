using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Bibliography.Tests.Citations;

public class PaperPageCiteTests
{
    public static IEnumerable<object[]> PaperPages() =>
        RealSite.Bibliography.Papers.SelectMany(p => new[] { new object[] { "en", p.Id }, new object[] { "zh", p.Id } });

    [Fact]
    public void RealSiteBuildsWithoutErrors()
    {
        Assert.True(RealSite.Build.Succeeded, string.Join("\n", RealSite.Build.Diagnostics.Sorted()));
    }

    [Theory]
    [MemberData(nameof(PaperPages))]
    public void EveryPaperPageCarriesValidJsonLdAndTheCiteFormats(string lang, string id)
    {
        var paper = RealSite.Bibliography.PaperById[id];
        var doc = new HtmlParser().ParseDocument(RealSite.Text($"{lang}/papers/{id}/index.html"));

        var script = Assert.Single(doc.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Contains(root.GetProperty("@type").GetString(), new[] { "ScholarlyArticle", "BlogPosting", "SoftwareSourceCode" });
        Assert.Equal(paper.Facts.Title, root.GetProperty("name").GetString());
        var authors = paper.Facts.Authors.Where(a => a != "others").ToList();
        if (authors.Count > 0)
            Assert.Equal(authors, root.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()));

        var cite = doc.QuerySelector("section.cite")!;
        var bibtex = cite.QuerySelector("pre.bibtex")!.TextContent;
        var entry = Assert.Single(TinyBibtexReader.Read(bibtex));
        Assert.Equal(cite.QuerySelector("pre.bibtex")!.GetAttribute("data-key"), entry.Key);
        Assert.Equal(paper.Facts.Title, entry.Text("title"));
        var ris = cite.QuerySelector("pre.ris")!.TextContent.Split('\n');
        Assert.StartsWith("TY  - ", ris[0]);
        Assert.Equal("ER  - ", ris[^1]);
        Assert.Contains("TI  - " + paper.Facts.Title, ris);
        var formatted = cite.QuerySelector(".formatted")!;
        Assert.Equal(lang == "zh" ? "GB/T 7714-2015" : "APA 7", formatted.GetAttribute("data-style"));
        Assert.False(string.IsNullOrWhiteSpace(formatted.TextContent));
        foreach (var button in cite.QuerySelectorAll("button[data-copy]"))
            Assert.NotNull(doc.GetElementById(button.GetAttribute("data-copy")!));
        Assert.NotNull(cite.QuerySelector("[aria-live=polite]"));
    }

    [Fact]
    public void CslJsonExportHasEveryPaperWithTypeAndTitle()
    {
        using var json = JsonDocument.Parse(RealSite.Text("bibliography.json"));
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(RealSite.Bibliography.Papers.Count, items.Count);
        Assert.All(items, i => { Assert.True(i.TryGetProperty("type", out _)); Assert.True(i.TryGetProperty("title", out _)); });
        var transformer = items.Single(i => i.GetProperty("id").GetString() == "vaswani2017attention");
        Assert.Equal("paper-conference", transformer.GetProperty("type").GetString());
        Assert.Equal("Kaiser", transformer.GetProperty("author")[6].GetProperty("family").GetString());
    }

    [Fact]
    public void RisExportHasOneRecordPerPaper()
    {
        var ris = RealSite.Text("bibliography.ris");
        Assert.Equal(RealSite.Bibliography.Papers.Count, ris.Split('\n').Count(l => l.StartsWith("TY  - ")));
        Assert.Equal(RealSite.Bibliography.Papers.Count, ris.Split('\n').Count(l => l == "ER  - "));
    }
}
