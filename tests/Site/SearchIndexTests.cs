using System.Text.Json;

namespace Bibliography.Tests.Site;

/// <summary>What the generator writes for the search page: every paper, searchable in both languages.</summary>
public class SearchIndexTests
{
    static readonly JsonElement Index = JsonDocument.Parse(RealSite.File("search-index.json")).RootElement;

    static IEnumerable<JsonElement> Papers => Index.GetProperty("papers").EnumerateArray();

    static string Text(JsonElement paper, string lang) => string.Join("\n",
        new[] { "title", "text", "notes" }.Select(f => paper.GetProperty(f).GetProperty(lang)).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString())
            .Concat(paper.GetProperty("tags").GetProperty(lang).EnumerateArray().Select(v => v.GetString())));

    [Fact]
    public void SearchIndexHoldsEveryPaperOnce()
    {
        Assert.True(RealSite.Result.Succeeded);
        var ids = Papers.Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.Equal(RealSite.Result.Bibliography!.Papers.Select(p => p.Id), ids);
    }

    [Fact]
    public void EveryPaperIsSearchableInBothLanguagesWithItsPageInEach()
    {
        foreach (var p in Papers)
        {
            var id = p.GetProperty("id").GetString();
            foreach (var lang in new[] { "en", "zh" })
            {
                Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("title").GetProperty(lang).GetString()), $"{id}: no {lang} title");
                Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("text").GetProperty(lang).GetString()), $"{id}: no {lang} annotation text");
                Assert.Equal($"{lang}/papers/{id}/", p.GetProperty("url").GetProperty(lang).GetString());
                Assert.NotEmpty(p.GetProperty("tags").GetProperty(lang).EnumerateArray());
            }
        }
    }

    [Fact]
    public void AnnotationsInTheIndexArePlainText()
    {
        foreach (var p in Papers)
            foreach (var lang in new[] { "en", "zh" })
                Assert.DoesNotMatch("<[a-z/][^>]*>", p.GetProperty("text").GetProperty(lang).GetString()!);
    }

    [Theory]
    [InlineData("zh", "思维链", new[] { "chain-of-thought", "zero-shot-reasoners", "multimodal-cot" })]
    [InlineData("zh", "扩散", new[] { "ddpm", "latent-diffusion", "guided-diffusion", "dalle-2" })]
    [InlineData("en", "RLHF", new[] { "instructgpt", "rlhf-human-preferences" })]
    [InlineData("en", "LoRA", new[] { "lora" })]
    public void ChineseAndEnglishTermsAreInTheTextOfThePapersTheyShouldFind(string lang, string term, string[] expected)
    {
        var having = Papers.Where(p => Text(p, lang).Contains(term, StringComparison.OrdinalIgnoreCase)).Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.All(expected, id => Assert.Contains(id, having));
    }

    [Fact]
    public void SearchPageLoadsTheIndexAndTheEngineFromTheSite()
    {
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(RealSite.File("zh/search/index.html")));
        Assert.Equal("../../search-index.json", doc.QuerySelector("form[data-search]")!.GetAttribute("data-index"));
        var scripts = doc.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).ToList();
        Assert.Equal(["../../assets/theme.js", "../../assets/site.js", "../../assets/vendor/minisearch/minisearch.js", "../../assets/search.js"], scripts);
        Assert.Contains(RealSite.Result.Files, f => f.Path == "assets/vendor/minisearch/LICENSE.txt");
    }

    [Fact]
    public void OtherPagesLoadTheSearchEngineOnlyWhenTheirSearchBoxIsUsed()
    {
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(RealSite.File("en/papers/lora/index.html")));
        var scripts = doc.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).ToList();
        Assert.Equal(["../../../assets/theme.js", "../../../assets/site.js"], scripts);
        var box = doc.QuerySelector("form[data-header-search]")!;
        Assert.Equal("../../../assets/vendor/minisearch/minisearch.js ../../../assets/search.js ../../../search-index.json", box.GetAttribute("data-scripts"));
    }
}
