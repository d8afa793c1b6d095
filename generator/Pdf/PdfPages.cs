using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Bibliography.Pdf;

/// <summary>
/// On which page each named destination of a PDF lies: Chromium writes one for every element an internal link points
/// to (<c>#part-2</c>) into the catalog's <c>/Dests</c>. Read through the cross-reference table, so only the catalog,
/// the page tree and the destinations are parsed, never a content stream. Null when the file is not laid out that way.
/// </summary>
public static partial class PdfPages
{
    public static IReadOnlyDictionary<string, int>? Destinations(byte[] pdf)
    {
        try
        {
            var file = PdfFile.Read(Encoding.Latin1.GetString(pdf)); // one char per byte: offsets stay byte offsets
            if (file?.Object(file.Root) is not { } catalog) return null;
            if (PdfFile.Ref(catalog, "Pages") is not { } pagesRoot || PdfFile.Ref(catalog, "Dests") is not { } destsRef || file.Object(destsRef) is not { } dests) return null;

            var pageNumbers = new Dictionary<int, int>();
            void Walk(int n, int depth)
            {
                if (depth > 32 || file.Object(n) is not { } node) return;
                if (KidsPattern().Match(node) is { Success: true } kids)
                    foreach (Match k in RefPattern().Matches(kids.Groups[1].Value)) Walk(int.Parse(k.Groups[1].Value, CultureInfo.InvariantCulture), depth + 1);
                else pageNumbers[n] = pageNumbers.Count + 1;
            }
            Walk(pagesRoot, 0);

            var result = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Match d in DestPattern().Matches(dests))
                if (pageNumbers.TryGetValue(int.Parse(d.Groups[2].Value, CultureInfo.InvariantCulture), out var page))
                    result[DecodeName(d.Groups[1].Value)] = page;
            return result;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>A PDF name's <c>#xx</c> escapes decoded (an id with characters outside the regular set).</summary>
    static string DecodeName(string name) =>
        HexEscape().Replace(name, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex KidsPattern();
    [GeneratedRegex(@"(\d+)\s+0\s+R")]
    private static partial Regex RefPattern();
    [GeneratedRegex(@"/([^\s/\[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R")]
    private static partial Regex DestPattern();
    [GeneratedRegex("#([0-9A-Fa-f]{2})")]
    private static partial Regex HexEscape();
}
