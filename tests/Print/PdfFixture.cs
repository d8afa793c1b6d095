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
    /// A two-page PDF as Chromium prints it: named destinations for three headings, an outline of its own worded as
    /// Chromium words it (a space lost where a heading wrapped), dated with the time of printing.
    /// </summary>
    public static byte[] Printed() => Build(
        "<</Type /Catalog\n/Pages 2 0 R\n/Dests 5 0 R\n/Outlines 6 0 R>>",
        "<</Type /Pages\n/Count 2\n/Kids [3 0 R 4 0 R]>>",
        "<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 595 842]>>",
        "<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 595 842]>>",
        "<</print-title [3 0 R /XYZ 0 800 0]\n/part-1-title [4 0 R /XYZ 0 841.92 0]\n/item-1-1-title [4 0 R /XYZ 20 600.5 0]>>",
        "<</Type /Outlines\n/First 7 0 R\n/Last 7 0 R\n/Count 1>>",
        "<</Title (Part 1: Foundational models from OpenAI andGoogle)\n/Parent 6 0 R\n/Dest [4 0 R /XYZ 0 841.92 0]>>",
        "<</Title (A title)\n/CreationDate (D:20261130135842+00'00')\n/ModDate (D:20261130135842+00'00')>>");
}
