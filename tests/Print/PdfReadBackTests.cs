using System.Text;
using Bibliography.Pdf;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Bibliography.Tests.Print;

/// <summary>
/// Reading on which page each named destination lies, as the printer does between its two printings, and finishing
/// Chromium's PDF (bookmarks, dates, identifier) with PDFsharp; on small PDFs built here.
/// </summary>
public class PdfReadBackTests
{
    static byte[] Pdf(params string[] objects) => PdfFixture.Build(objects);

    [Fact]
    public void DestinationsAreNumberedByThePagesOrderInANestedPageTree()
    {
        var pdf = Pdf(
            "<</Type /Catalog\n/Pages 2 0 R\n/Dests 7 0 R>>",
            "<</Type /Pages\n/Count 3\n/Kids [3 0 R 4 0 R]>>",
            "<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 595 842]>>",
            "<</Type /Pages\n/Parent 2 0 R\n/Count 2\n/Kids [6 0 R 5 0 R]>>",
            "<</Type /Page\n/Parent 4 0 R\n/MediaBox [0 0 595 842]>>",
            "<</Type /Page\n/Parent 4 0 R\n/MediaBox [0 0 595 842]>>",
            "<</main [3 0 R /XYZ 0 841.92 0]\n/part-1 [6 0 R /XYZ 0 841.92 0]\n/part-2 [5 0 R /XYZ 0 400 0]\n/item#2D1 [5 0 R /XYZ 0 200 0]>>",
            "<</Title (x)>>");

        Assert.Equal(new Dictionary<string, int> { ["main"] = 1, ["part-1"] = 2, ["part-2"] = 3, ["item-1"] = 3 }, PdfDestinations.Read(pdf));
    }

    [Fact]
    public void DestinationsInANameTreeAreReadToo()
    {
        var pdf = Pdf(
            "<</Type /Catalog\n/Pages 2 0 R\n/Names <</Dests 5 0 R>>>>",
            "<</Type /Pages\n/Count 2\n/Kids [3 0 R 4 0 R]>>",
            "<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 595 842]>>",
            "<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 595 842]>>",
            "<</Kids [6 0 R]>>",
            "<</Names [(index-authors) [4 0 R /XYZ 0 841.92 0] (part-1) <</D [3 0 R /Fit]>>]>>",
            "<</Title (x)>>");

        Assert.Equal(new Dictionary<string, int> { ["index-authors"] = 2, ["part-1"] = 1 }, PdfDestinations.Read(pdf));
    }

    [Theory]
    [InlineData("not a PDF at all")]
    [InlineData("%PDF-1.4\n1 0 obj\n<</Type /Catalog>>\nendobj\nstartxref\n999999\n%%EOF\n")]
    public void AFileThatCannotBeReadGivesNoPagesAndNoException(string text) =>
        Assert.Null(PdfDestinations.Read(Encoding.Latin1.GetBytes(text)));

    static readonly PdfFinisher.Heading[] Headings =
    [
        new(1, "LLM Papers", "print-title"),
        new(2, "Part 1: Foundational models from OpenAI and Google", "part-1-title"),
        new(3, "1.1 Improving", "item-1-1-title"),
        new(2, "A heading Chromium wrote no destination for", "nowhere"),
    ];

    /// <summary>
    /// The bookmarks are made from the page's headings, worded exactly as they are, nested by level, each opening its
    /// heading's place; Chromium's own outline (worded as laid out: "andGoogle") is replaced, and a heading without a
    /// destination gets none.
    /// </summary>
    [Fact]
    public void BookmarksAreTheHeadingsNestedByLevelEachOpeningWhereItsHeadingIs()
    {
        var finished = PdfFinisher.Finish(PdfFixture.Printed(), Headings, null, "en", out var problem);
        Assert.Null(problem);

        using var doc = PdfReader.Open(new MemoryStream(finished!), PdfDocumentOpenMode.Import);
        var top = Assert.Single(doc.Outlines);
        Assert.Equal("LLM Papers", top.Title);
        var part = Assert.Single(top.Outlines);
        Assert.Equal("Part 1: Foundational models from OpenAI and Google", part.Title);
        var entry = Assert.Single(part.Outlines);
        Assert.Equal("1.1 Improving", entry.Title);
        Assert.Same(doc.Pages[1].Reference!.Value, entry.DestinationPage!.Reference!.Value);
        Assert.Equal(600.5, entry.Top);
        Assert.Same(doc.Pages[0].Reference!.Value, top.DestinationPage!.Reference!.Value);
    }

    [Theory]
    [InlineData("2026-01-01", "D:20260101000000")]
    [InlineData(null, null)]
    public void PdfDatesComeFromTheContentDateNotTheClock(string? contentDate, string? expected)
    {
        var finished = PdfFinisher.Finish(PdfFixture.Printed(), Headings, contentDate, "en", out _)!;
        using var doc = PdfReader.Open(new MemoryStream(finished), PdfDocumentOpenMode.Import);

        Assert.Equal(expected, doc.Info.Elements.GetString("/CreationDate") is { Length: > 0 } d ? d[..16] : null);
        Assert.Equal(expected, doc.Info.Elements.GetString("/ModDate") is { Length: > 0 } m ? m[..16] : null);
        Assert.DoesNotContain("2026113013", Encoding.Latin1.GetString(finished));
    }

    [Fact]
    public void FinishingTheSamePdfTwiceGivesTheSameBytes()
    {
        var first = PdfFinisher.Finish(PdfFixture.Printed(), Headings, "2026-01-01", "en", out _)!;
        Thread.Sleep(1100); // a clock anywhere in the output would show now
        var second = PdfFinisher.Finish(PdfFixture.Printed(), Headings, "2026-01-01", "en", out _)!;

        Assert.Equal(first, second);
        Assert.DoesNotContain("uuid:", Encoding.Latin1.GetString(first));
    }

    /// <summary>A font Chromium could embed only as Type 3 glyphs (a face missing, CFF outlines) is counted, for the printer to warn.</summary>
    [Fact]
    public void FontsEmbeddedAsType3GlyphsAreCounted()
    {
        var pdf = Pdf(
            "<</Type /Catalog\n/Pages 2 0 R>>",
            "<</Type /Pages\n/Count 1\n/Kids [3 0 R]>>",
            "<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 595 842]\n/Resources <</Font <</F1 4 0 R /F2 5 0 R>>>>>>",
            "<</Type /Font\n/Subtype /Type3\n/FontMatrix [1 0 0 1 0 0]>>",
            "<</Type /Font\n/Subtype /Type0\n/BaseFont /AAAAAA+CharisSIL>>",
            "<</Title (x)>>");
        Assert.NotNull(PdfFinisher.Finish(pdf, [], null, null, out _, out var type3));
        Assert.Equal(1, type3);
    }

    [Fact]
    public void AFileThatCannotBeFinishedSaysWhyWithoutAnException()
    {
        Assert.Null(PdfFinisher.Finish(Encoding.Latin1.GetBytes("not a PDF"), [], null, null, out var problem));
        Assert.False(string.IsNullOrEmpty(problem));
    }
}
