using Bibliography.Content;
using Bibliography.Diagnostics;

namespace Bibliography.Tests.Content;

/// <summary>A contributor's fragment is read into facts and annotations, or rejected with a located message.</summary>
public class FragmentParserTests
{
    static readonly HashSet<string> Tags = ["transformer-architecture", "survey", "peft"];

    const string Valid = """
        ---
        id: transformer
        title: "Attention Is All You Need"
        title_zh: "Transformer：注意力就是全部"
        seed: ["2.1"]
        authors: ["Ashish Vaswani", "Noam Shazeer"]
        year: 2017
        venue: "NeurIPS 2017"
        arxiv: "1706.03762"
        tags: [transformer-architecture]
        curator_note_en:
          "2.1": "The original Transformer paper."
        ---

        ::: en
        Introduces the **Transformer**, see [the paper](https://arxiv.org/abs/1706.03762).
        :::

        ::: zh
        提出了**Transformer**，完全基于注意力。
        :::
        """;

    static (Fragment? Fragment, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        var fragment = FragmentParser.Parse("content/papers/transformer.md", text, Tags, diagnostics, 2026);
        return (fragment, diagnostics.Sorted());
    }

    static Diagnostic SingleError(string text)
    {
        var (fragment, diagnostics) = Parse(text);
        Assert.Null(fragment);
        return Assert.Single(diagnostics, d => d.IsError);
    }

    [Fact]
    public void ValidFragmentGivesFactsAndBothAnnotations()
    {
        var (f, diagnostics) = Parse(Valid);
        Assert.Empty(diagnostics);
        Assert.NotNull(f);
        Assert.Equal(("transformer", 2017, "1706.03762", "NeurIPS 2017"), (f!.Id, f.Facts.Year, f.Facts.Arxiv, f.Facts.Venue));
        Assert.Equal(["Ashish Vaswani", "Noam Shazeer"], f.Facts.Authors);
        Assert.Equal("2.1", Assert.Single(f.Seed).Ref);
        Assert.Contains("<strong>Transformer</strong>", f.Writing.Annotation.Html().En);
        Assert.Contains("rel=\"noopener\"", f.Writing.Annotation.Html().En);
        Assert.Contains("<strong>Transformer</strong>，完全基于注意力", f.Writing.Annotation.Html().Zh);
        Assert.Equal("The original Transformer paper.", f.CuratorNoteEn["2.1"]);
    }

    [Fact]
    public void MalformedArxivIdIsAnErrorAtItsLine()
    {
        var e = SingleError(Valid.Replace("\"1706.03762\"", "\"arXiv:1706.03762v5\""));
        Assert.Equal((Codes.BadArxiv, 9, 8), (e.Code, e.Line, e.Column));
    }

    [Theory]
    [InlineData("1949")]
    [InlineData("2031")]
    public void YearOutsideNineteenFiftyToThisYearIsAnError(string year)
    {
        var e = SingleError(Valid.Replace("year: 2017", "year: " + year));
        Assert.Equal((Codes.YearOutOfRange, 7), (e.Code, e.Line));
    }

    [Fact]
    public void UnknownTagIsAnErrorWithASuggestion()
    {
        var e = SingleError(Valid.Replace("tags: [transformer-architecture]", "tags: [transformer-architecure]"));
        Assert.Equal((Codes.UnknownTag, 10), (e.Code, e.Line));
        Assert.Contains("did you mean `transformer-architecture`?", e.Message);
    }

    [Fact]
    public void EmptyAnnotationIsAnError()
    {
        var e = SingleError(Valid.Replace("提出了**Transformer**，完全基于注意力。", ""));
        Assert.Equal((Codes.EmptyAnnotation, 19), (e.Code, e.Line));
    }

    [Fact]
    public void MissingLanguageIsAllowedSoTheOtherLanguageCanStandIn()
    {
        var (f, diagnostics) = Parse(Valid[..Valid.IndexOf("::: zh", StringComparison.Ordinal)]);
        Assert.NotNull(f);
        Assert.Null(f!.Writing.Annotation.Html().Zh);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void UnknownKeySuggestsTheKnownOne()
    {
        var e = SingleError(Valid.Replace("authors:", "autors:"));
        Assert.Equal((Codes.UnknownKey, 6, 1), (e.Code, e.Line, e.Column));
        Assert.Equal("unknown key `autors`; did you mean `authors`?", e.Message);
    }

    [Fact]
    public void RawHtmlInAnAnnotationIsRejected()
    {
        var e = SingleError(Valid.Replace("Introduces the", "<script>alert(1)</script> Introduces the"));
        Assert.Equal((Codes.RawHtml, 16), (e.Code, e.Line));
    }

    [Fact]
    public void JavascriptLinksAreDroppedWithAWarning()
    {
        var (f, diagnostics) = Parse(Valid.Replace("https://arxiv.org/abs/1706.03762", "javascript:alert(1)"));
        Assert.NotNull(f);
        Assert.DoesNotContain("javascript:", f!.Writing.Annotation.Html().En);
        Assert.Contains(diagnostics, d => d.Code == Codes.BadUrl && d.Line == 16);
    }

    [Theory]
    [InlineData("id: transformer", "id: ../../x", Codes.BadId)]
    [InlineData("id: transformer", "id: Transformer Paper", Codes.BadId)]
    [InlineData("seed: [\"2.1\"]", "seed: [\"two.one\"]", Codes.BadRef)]
    [InlineData("year: 2017", "year: twenty", Codes.WrongType)]
    [InlineData("authors: [\"Ashish Vaswani\", \"Noam Shazeer\"]", "authors: \"Ashish Vaswani, Noam Shazeer\"", Codes.WrongType)]
    [InlineData("::: zh", "::: fr", Codes.LanguageContainer)]
    public void BadValuesAreLocatedErrors(string from, string to, string code)
    {
        var (fragment, diagnostics) = Parse(Valid.Replace(from, to));
        Assert.Null(fragment);
        var e = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal("content/papers/transformer.md", e.File);
        Assert.True(e.Line > 0);
    }

    [Fact]
    public void UnclosedQuoteInYamlIsAnErrorAtTheRightLine()
    {
        var e = SingleError(Valid.Replace("venue: \"NeurIPS 2017\"", "venue: \"NeurIPS 2017"));
        Assert.Equal(Codes.YamlSyntax, e.Code);
        Assert.InRange(e.Line, 8, 10);
    }
}
