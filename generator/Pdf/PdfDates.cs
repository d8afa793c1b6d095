using System.Text;
using System.Text.RegularExpressions;

namespace Bibliography.Pdf;

/// <summary>
/// Keeps PDFs free of the clock: Chromium stamps <c>/CreationDate</c> and <c>/ModDate</c> with the time of printing.
/// They become the content date (from SOURCE_DATE_EPOCH) or are blanked. Every replacement has the same length as the
/// original, so the byte offsets in the PDF's cross-reference table stay right.
/// </summary>
public static partial class PdfDates
{
    [GeneratedRegex(@"/(CreationDate|ModDate) ?\(D:[0-9]{4,14}[^)]{0,12}\)")]
    private static partial Regex DateEntry();

    public static byte[] Pin(byte[] pdf, string? contentDate)
    {
        // Latin-1 maps every byte to one char and back, so binary streams survive the round trip unchanged.
        var text = Encoding.Latin1.GetString(pdf);
        var stamp = contentDate is { Length: 10 } d ? d.Replace("-", "") + "000000" : null;
        var pinned = DateEntry().Replace(text, m =>
        {
            // Without a content date, or when the stamp would not fit, the entry goes (spaces are valid between entries).
            var replacement = stamp is null ? "" : $"/{m.Groups[1].Value} (D:{stamp}Z)";
            if (replacement.Length > m.Length) replacement = "";
            return replacement.PadRight(m.Length);
        });
        return Encoding.Latin1.GetBytes(pinned);
    }
}
