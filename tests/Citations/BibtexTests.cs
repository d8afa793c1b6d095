using Bibliography.Citations;
using Bibliography.Text;

namespace Bibliography.Tests.Citations;

public class BibtexTests
{
    const string Hostile = "<script>alert(1)</script> & \"quotes\" {braces} 100%_ #1 $x$ ~^ back\\slash";

    static string Entry(string title, params string[] authors) =>
        BibtexWriter.Write(CitationEntry.From(TestPapers.Make("t", title, authors, venue: "NeurIPS 2023", arxiv: "2301.00001"), "key2023"));

    [Fact]
    public void HostileTitleRoundTripsThroughBibtex()
    {
        var bib = Entry(Hostile, "Ann Author");
        var entry = Assert.Single(TinyBibtexReader.Read(bib));
        Assert.Equal(Hostile, entry.Text("title"));
    }

    [Fact]
    public void EveryTexSpecialCharacterIsEscapedInTheTitle()
    {
        var raw = TinyBibtexReader.Read(Entry(Hostile, "Ann Author"))[0].RawFields["title"];
        Assert.Equal(@"\textless{}script\textgreater{}alert(1)\textless{}/script\textgreater{} \& ""quotes"" \{braces\} 100\%\_ \#1 \$x\$ \textasciitilde{}\textasciicircum{} back\textbackslash{}slash", raw);
    }

    [Fact]
    public void NonAsciiAuthorNamesAreKeptAsUtf8AndRoundTrip()
    {
        var entry = TinyBibtexReader.Read(Entry("A Title", "Łukasz Kaiser", "Léon Bottou", "Santiago Ontañón", "Maja Trębacz"))[0];
        Assert.Equal("Kaiser, Łukasz and Bottou, Léon and Ontañón, Santiago and Trębacz, Maja", entry.Text("author"));
    }

    [Fact]
    public void ParticlesStayWithTheFamilyNameAndOrganisationsAreBraced()
    {
        var entry = TinyBibtexReader.Read(Entry("A Title", "Michiel de Jong", "Teven Le Scao", "OpenAI"))[0];
        Assert.Equal("de Jong, Michiel and Le Scao, Teven and {OpenAI}", entry.RawFields["author"]);
    }

    [Fact]
    public void WordsWithInnerCapitalsAreProtectedAndPlainTitleCaseIsNot()
    {
        var raw = TinyBibtexReader.Read(Entry("LLaMA: Open Pre-Training of GPT-4 Models in Wasserstein Space"))[0].RawFields["title"];
        Assert.Equal("{LLaMA:} Open Pre-Training of {GPT-4} Models in {Wasserstein} Space", raw);
    }

    [Fact]
    public void EntryTypeFollowsTheVenue()
    {
        string Type(string? venue, string? arxiv, global::Bibliography.Content.PaperKind kind = global::Bibliography.Content.PaperKind.Paper) =>
            TinyBibtexReader.Read(BibtexWriter.Write(CitationEntry.From(TestPapers.Make("t", "T", ["A B"], venue: venue, arxiv: arxiv, kind: kind, url: "https://example.org/"), "k")))[0].Type;
        Assert.Equal("article", Type("Nature Medicine 2025", null));
        Assert.Equal("inproceedings", Type("ICLR 2022", "2106.09685"));
        Assert.Equal("misc", Type(null, "2302.13971"));
        Assert.Equal("misc", Type(null, null, global::Bibliography.Content.PaperKind.BlogPost));
    }

    [Fact]
    public void TransformerPaperGetsTheExpectedEntry()
    {
        var set = new CitationSet(RealSite.Bibliography);
        Assert.Equal("""
            @inproceedings{vaswani2017attention,
              author = {Vaswani, Ashish and Shazeer, Noam and Parmar, Niki and Uszkoreit, Jakob and Jones, Llion and Gomez, Aidan N. and Kaiser, Łukasz and Polosukhin, Illia},
              title = {Attention Is All You Need},
              booktitle = {Advances in Neural Information Processing Systems},
              year = {2017},
              eprint = {1706.03762},
              archiveprefix = {arXiv},
              url = {https://arxiv.org/abs/1706.03762}
            }

            """.Replace("\r\n", "\n"), BibtexWriter.Write(set["transformer"]));
    }

    [Fact]
    public void ArxivPreprintCarriesEprintFields()
    {
        var entry = TinyBibtexReader.Read(BibtexWriter.Write(new CitationSet(RealSite.Bibliography)["llama"]))[0];
        Assert.Equal(("misc", "touvron2023llama"), (entry.Type, entry.Key));
        Assert.Equal("2302.13971", entry.Text("eprint"));
        Assert.Equal("arXiv", entry.Text("archiveprefix"));
        Assert.EndsWith("and others", entry.Text("author"));
    }
}
