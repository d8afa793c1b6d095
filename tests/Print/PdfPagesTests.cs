using System.Text;
using Bibliography.Pdf;

namespace Bibliography.Tests.Print;

/// <summary>
/// Reading on which page each named destination lies, as the printer does between its two printings; small PDFs
/// built here with the layout Chromium writes (classic cross-reference table, a page tree, the catalog's /Dests).
/// </summary>
public class PdfPagesTests
{
    /// <summary>A PDF of the given objects (numbered from 1) with a correct cross-reference table and trailer.</summary>
    static byte[] Pdf(params string[] objects)
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
