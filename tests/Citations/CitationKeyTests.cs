using System.Text.RegularExpressions;
using Bibliography.Citations;

namespace Bibliography.Tests.Citations;

public class CitationKeyTests
{
    [Fact]
    public void KeysOfTheRealBibliographyAreUniqueAsciiAndOnePerPaper()
    {
        var keys = CitationKeys.Assign(RealSite.Bibliography.Papers);
        Assert.Equal(RealSite.Bibliography.Papers.Count, keys.Count);
        Assert.Equal(keys.Count, keys.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(keys.Values, k => Assert.Matches(new Regex("^[a-z][a-z0-9]*$"), k));
    }

    [Fact]
    public void KeysDoNotDependOnReadingOrder()
    {
        var papers = RealSite.Bibliography.Papers;
        var forward = CitationKeys.Assign(papers);
        var backward = CitationKeys.Assign(papers.Reverse());
        Assert.Equal(forward.OrderBy(p => p.Key), backward.OrderBy(p => p.Key));
    }

    [Theory]
    [InlineData("transformer", "vaswani2017attention")]
    [InlineData("gpt-4", "openai2023gpt")]
    [InlineData("bloom", "lescao2022bloom")]
    [InlineData("med-palm-2", "singhal2025expert")]
    public void KeyIsFamilyNameYearAndFirstWord(string id, string key)
    {
        Assert.Equal(key, CitationKeys.Assign(RealSite.Bibliography.Papers)[id]);
    }

    [Fact]
    public void CollidingKeysGetLettersInOrderOfPaperId()
    {
        var a = TestPapers.Make("zeta", "Scaling Laws", ["Jane Doe"]);
        var b = TestPapers.Make("alpha", "Scaling Up", ["Jane Doe"]);
        var c = TestPapers.Make("mid", "Scaling Again", ["Jane Doe"]);
        var keys = CitationKeys.Assign([a, b, c]);
        Assert.Equal("doe2023scaling", keys["alpha"]);
        Assert.Equal("doe2023scalingb", keys["mid"]);
        Assert.Equal("doe2023scalingc", keys["zeta"]);
        Assert.Equal(keys, CitationKeys.Assign([c, a, b]));
    }

    [Fact]
    public void BibliographyFileHasEveryPaperOnceWithTheKeysOfThePaperPages()
    {
        var entries = TinyBibtexReader.Read(RealSite.Text("bibliography.bib"));
        Assert.Equal(RealSite.Bibliography.Papers.Count, entries.Count);
        var keys = CitationKeys.Assign(RealSite.Bibliography.Papers);
        Assert.Equal(keys.Values.Order(StringComparer.Ordinal), entries.Select(e => e.Key).Order(StringComparer.Ordinal));
    }
}
