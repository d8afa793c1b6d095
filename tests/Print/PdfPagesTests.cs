using System.Text;
using Bibliography.Pdf;

namespace Bibliography.Tests.Print;

/// <summary>
/// Reading on which page each named destination lies, as the printer does between its two printings; small PDFs
/// built here with the layout Chromium writes (classic cross-reference table, a page tree, the catalog's /Dests).
/// </summary>
public class PdfPagesTests
{
    static byte[] Pdf(params string[] objects) => PdfFixture.Build(objects);

    [Fact]
    public void DestinationsAreNumberedByThePagesOrderInANestedPageTree()
    {
        var pdf = Pdf(
            "<</Type /Catalog\n/Pages 2 0 R\n/Dests 7 0 R>>",
            "<</Type /Pages\n/Count 3\n/Kids [3 0 R 4 0 R]>>",
            "<</Type /Page\n/Parent 2 0 R>>",
            "<</Type /Pages\n/Parent 2 0 R\n/Count 2\n/Kids [6 0 R 5 0 R]>>",
            "<</Type /Page\n/Parent 4 0 R>>",
            "<</Type /Page\n/Parent 4 0 R>>",
            "<</main [3 0 R /XYZ 0 841.92 0]\n/part-1 [6 0 R /XYZ 0 841.92 0]\n/part-2 [5 0 R /XYZ 0 400 0]\n/item#2D1 [5 0 R /XYZ 0 200 0]>>");

        var pages = PdfPages.Destinations(pdf);

        Assert.NotNull(pages);
        Assert.Equal(new Dictionary<string, int> { ["main"] = 1, ["part-1"] = 2, ["part-2"] = 3, ["item-1"] = 3 }, pages);
    }

    [Theory]
    [InlineData("not a PDF at all")]
    [InlineData("%PDF-1.4\n1 0 obj\n<</Type /Catalog>>\nendobj\nstartxref\n999999\n%%EOF\n")]
    public void AFileNotLaidOutThatWayGivesNoPagesAndNoException(string text) =>
        Assert.Null(PdfPages.Destinations(Encoding.Latin1.GetBytes(text)));

    [Fact]
    public void APdfWithoutDestinationsGivesNoPages() =>
        Assert.Null(PdfPages.Destinations(Pdf("<</Type /Catalog\n/Pages 2 0 R>>", "<</Type /Pages\n/Count 1\n/Kids [3 0 R]>>", "<</Type /Page\n/Parent 2 0 R>>")));
}

/// <summary>Bookmarks worded as the headings: a small PDF built here, its outline titled as Chromium titles it.</summary>
public class PdfOutlineTests
{
    static byte[] Pdf(params string[] objects) => PdfFixture.Build(objects);

    static readonly string[] Objects =
    [
        "<</Type /Catalog\n/Pages 2 0 R\n/Dests 4 0 R\n/Outlines 5 0 R>>",
        "<</Type /Pages\n/Count 1\n/Kids [3 0 R]>>",
        "<</Type /Page\n/Parent 2 0 R>>",
        "<</part-1 [3 0 R /XYZ 0 841.92 0]>>",
        "<</Type /Outlines\n/First 6 0 R\n/Last 6 0 R\n/Count 3>>",
        "<</Title (Part 1: Foundational models from OpenAI andGoogle)\n/Parent 5 0 R\n/First 7 0 R\n/Last 8 0 R\n/Dest /part-1>>",
        "<</Title <FEFF0031002E00310049006D00700072006F00760069006E0067>\n/Parent 6 0 R\n/Next 8 0 R\n/Dest /part-1>>",
        "<</Title (Not a heading of the page)\n/Parent 6 0 R\n/Prev 7 0 R\n/Dest /part-1>>",
    ];

    static string Text(byte[] pdf) => System.Text.Encoding.Latin1.GetString(pdf);

    [Fact]
    public void BookmarksThatDifferFromAHeadingOnlyInSpacesAreWordedAsTheHeading()
    {
        var fixedPdf = PdfOutline.Retitle(Pdf(Objects), ["Contents", "Part 1: Foundational models from OpenAI and Google", "1.1 Improving"]);
        var text = Text(fixedPdf);

        Assert.Contains("/Title " + Hex("Part 1: Foundational models from OpenAI and Google"), text);
        Assert.Contains("/Title " + Hex("1.1 Improving"), text);
        Assert.Contains("/Title (Not a heading of the page)", text); // no heading matches: left as it was
        Assert.DoesNotContain("andGoogle", text);
    }

    [Fact]
    public void TheRewrittenFileHasAConsistentCrossReferenceTable()
    {
        var fixedPdf = PdfOutline.Retitle(Pdf(Objects), ["Part 1: Foundational models from OpenAI and Google"]);
        var text = Text(fixedPdf);

        var xref = int.Parse(System.Text.RegularExpressions.Regex.Match(text, @"startxref\n(\d+)\n%%EOF\n$").Groups[1].Value);
        Assert.StartsWith("xref\n0 9\n", text[xref..]);
        var entries = text[(xref + "xref\n0 9\n".Length)..text.IndexOf("trailer", xref)].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var n = 1; n < entries.Length; n++)
            Assert.StartsWith($"{n} 0 obj\n", text[int.Parse(entries[n][..10])..]);
        Assert.Equal(new Dictionary<string, int> { ["part-1"] = 1 }, PdfPages.Destinations(fixedPdf));
    }

    [Fact]
    public void APdfWhoseBookmarksAlreadyReadAsTheHeadingsIsReturnedUnchanged()
    {
        var pdf = Pdf(Objects);
        Assert.Same(pdf, PdfOutline.Retitle(pdf, ["Something else entirely"]));
    }

    [Fact]
    public void ABookmarkWhoseTitleCannotBeReadStopsTheRewordingThere()
    {
        var objects = (string[])Objects.Clone();
        objects[6] = "<</Title <FEFF00ZZ>\n/Parent 6 0 R\n/Next 8 0 R\n/Dest /part-1>>";
        var text = Text(PdfOutline.Retitle(Pdf(objects), ["Part 1: Foundational models from OpenAI and Google", "1.1 Improving", "Not a heading of the page"]));

        Assert.Contains("/Title " + Hex("Part 1: Foundational models from OpenAI and Google"), text); // before it: reworded
        Assert.Contains("/Title <FEFF00ZZ>", text);                                                    // it and after: as printed
        Assert.Contains("/Title (Not a heading of the page)", text);
    }

    [Fact]
    public void HeadingsAreReadAsAReaderSeesThem() =>
        Assert.Equal(["Contents", "1.1 Improving & more", "Part 1: A"],
            PdfOutline.Headings("<h2 id=\"t\">Contents</h2><p>x</p><h3><span class=\"print-ref\">1.1&nbsp;</span><span>Improving &amp; more</span></h3><h2>Part 1:\n  A</h2>"));

    static string Hex(string s) => "<FEFF" + Convert.ToHexString(System.Text.Encoding.BigEndianUnicode.GetBytes(s)) + ">";
}

/// <summary>Small PDFs laid out as Chromium writes them: classic cross-reference table, objects numbered from 1.</summary>
static class PdfFixture
{
    /// <summary>A PDF of the given objects (numbered from 1) with a correct cross-reference table and trailer.</summary>
    public static byte[] Build(params string[] objects)
    {
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = sb.Length;
        sb.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append($"{o:D10} 00000 n \n");
        sb.Append($"trailer\n<</Size {objects.Length + 1}\n/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }
}
