using System.Text.Json;
using System.Text.RegularExpressions;
using Bibliography.Content;
using Bibliography.Tests.Site;

namespace Bibliography.Tests.Model;

/// <summary>
/// The annotations judge and connect: every paper says what came after it in both languages, the papers are related
/// to each other as data (both directions), and the map draws every paper and every relation.
/// </summary>
public partial class ContentConnectionTests
{
    static Bibliography.Model.Bibliography Bib => RealSite.Result.Bibliography!;

    [Fact]
    public void EveryPaperHasLaterContextInBothLanguagesAndNoTwoShareASentence()
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in Bib.Papers.Where(p => p.HasFragment))
        {
            var en = p.Writing.Context.En?.Text;
            var zh = p.Writing.Context.Zh?.Text;
            Assert.False(en is null || zh is null, $"{p.Id} has no later context in both languages");
            Assert.True(Regex.Matches(en!, @"\S+").Count >= 20, $"{p.Id}: English later context under 20 words");
            Assert.True(zh!.Count(c => c is >= '\u4e00' and <= '\u9fff') >= 40, $"{p.Id}: Chinese later context under 40 characters");
            foreach (var sentence in Regex.Split(en!, @"(?<=[.!?])\s+").Concat(Regex.Split(zh!, @"(?<=[。！？])")).Select(s => s.Trim()).Where(s => s.Length > 15))
            {
                Assert.False(seen.TryGetValue(sentence, out var other) && other != p.Id, $"{p.Id} and {other} share the sentence “{sentence}”");
                seen[sentence] = p.Id;
            }
        }
    }

    [Fact]
    public void AtLeastNineInTenPapersRelateToAnotherAndEveryRelationNamesAPaper()
    {
        var related = Bib.Papers.Count(p => p.Relations.Count > 0);
        Assert.True(related >= 0.95 * Bib.Papers.Count, $"{related} of {Bib.Papers.Count} papers have a relation");
        Assert.All(Bib.Papers.SelectMany(p => p.Relations), r => Assert.True(Bib.PaperById.ContainsKey(r.PaperId)));
    }

    [Fact]
    public void ARelationDeclaredOnOnePaperShowsReversedOnTheOther()
    {
        Assert.Contains(Bib.PaperById["llama"].Relations, r => r is { Type: RelationType.BuildsOn, PaperId: "roformer", Reverse: false });
        Assert.Contains(Bib.PaperById["roformer"].Relations, r => r is { Type: RelationType.BuildsOn, PaperId: "llama", Reverse: true });
        // A symmetric relation reads the same from both sides.
        var seeAlso = Bib.Papers.SelectMany(p => p.Relations.Where(r => r.Type == RelationType.SeeAlso).Select(r => (p.Id, r.PaperId))).First();
        Assert.Contains(Bib.PaperById[seeAlso.PaperId].Relations, r => r.Type == RelationType.SeeAlso && r.PaperId == seeAlso.Id && !r.Reverse);
    }

    [Fact]
    public void TheMapDrawsEveryPaperAsALinkedNodeAndEveryRelationOnceAsAnEdge()
    {
        var html = System.Text.Encoding.UTF8.GetString(RealSite.File("en/map/index.html"));
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var nodes = doc.QuerySelectorAll("svg.list-map a.node");
        Assert.Equal(Bib.Papers.Select(p => p.Id).Order(), nodes.Select(n => n.GetAttribute("data-paper")!).Order());
        Assert.All(nodes, n => Assert.False(string.IsNullOrWhiteSpace(n.GetAttribute("aria-label"))));

        // Every declared relation, a symmetric one counted once for its pair.
        var fragments = FragmentLoader.Load(TestPaths.RealInputs.Content, null, new Diagnostics.DiagnosticBag(), DateTime.UtcNow.Year);
        var expected = fragments.SelectMany(f => f.Relations.Select(r => r.Type.IsSymmetric()
                ? (r.Type, string.CompareOrdinal(f.Id, r.Target) < 0 ? f.Id : r.Target, string.CompareOrdinal(f.Id, r.Target) < 0 ? r.Target : f.Id)
                : (r.Type, f.Id, r.Target)))
            .Distinct().Count();
        Assert.Equal(expected, doc.QuerySelectorAll("svg.list-map path.edge").Length);
        Assert.Equal(expected, doc.QuerySelectorAll(".relation-list li").Length);
    }

    [Fact]
    public void PapersJsonCarriesLaterContextAndRelationsInBothDirections()
    {
        using var json = JsonDocument.Parse(RealSite.File("papers.json"));
        var papers = json.RootElement.GetProperty("papers").EnumerateArray().ToList();
        Assert.All(papers, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("context").GetProperty("en").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("context").GetProperty("zh").GetString()));
        });
        var roformer = papers.Single(p => p.GetProperty("id").GetString() == "roformer");
        Assert.Contains(roformer.GetProperty("relations").EnumerateArray(),
            r => r.GetProperty("type").GetString() == "built_on_by" && r.GetProperty("id").GetString() == "llama");
    }
}
