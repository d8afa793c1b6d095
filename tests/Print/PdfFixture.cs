using System.Text;

namespace Bibliography.Tests.Print;

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
        sb.Append($"trailer\n<</Size {objects.Length + 1}\n/Root 1 0 R\n/Info {objects.Length} 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    /// <summary>
    /// A one-page PDF with named destinations and three bookmarks titled as Chromium titles them (a space lost where a
    /// heading wrapped, and next to an inline block), dated with the time of printing.
    /// </summary>
    public static byte[] Printed() => Build(
        "<</Type /Catalog\n/Pages 2 0 R\n/Dests 4 0 R\n/Outlines 5 0 R>>",
        "<</Type /Pages\n/Count 1\n/Kids [3 0 R]>>",
        "<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 595 842]>>",
        "<</part-1 [3 0 R /XYZ 0 841.92 0]>>",
        "<</Type /Outlines\n/First 6 0 R\n/Last 6 0 R\n/Count 3>>",
        "<</Title (Part 1: Foundational models from OpenAI andGoogle)\n/Parent 5 0 R\n/First 7 0 R\n/Last 8 0 R\n/Dest [3 0 R /XYZ 0 841.92 0]>>",
        "<</Title <FEFF0031002E00310049006D00700072006F00760069006E0067>\n/Parent 6 0 R\n/Next 8 0 R\n/Dest [3 0 R /XYZ 0 800 0]>>",
        "<</Title (Not a heading of the page)\n/Parent 6 0 R\n/Prev 7 0 R\n/Dest [3 0 R /XYZ 0 700 0]>>",
        "<</Title (A title)\n/CreationDate (D:20261130135842+00'00')\n/ModDate (D:20261130135842+00'00')>>");
}
