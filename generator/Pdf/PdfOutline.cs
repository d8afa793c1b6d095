using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Bibliography.Pdf;

/// <summary>
/// Puts back the spaces Chromium drops from a PDF's bookmarks. Chromium titles each bookmark with its heading's text
/// as laid out, and loses the space where a long heading wraps ("OpenAI andGoogle"). Each bookmark whose text equals
/// a heading of the printed page but for whitespace gets that heading's text; the file is then written again with a
/// new cross-reference table. Anything that does not match exactly is left as Chromium wrote it.
/// </summary>
public static partial class PdfOutline
{
    /// <summary>The text of the page's headings (h1–h6) in document order, as a reader sees them.</summary>
    public static IReadOnlyList<string> Headings(string html) =>
        HeadingPattern().Matches(html).Select(m => Clean(WebUtility.HtmlDecode(TagPattern().Replace(m.Groups[2].Value, "")))).ToList();

    public static byte[] Retitle(byte[] pdf, IReadOnlyList<string> headings)
    {
        try { return RetitleOrThrow(pdf, headings); }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException) { return pdf; } // not laid out as expected: as printed
    }

    static byte[] RetitleOrThrow(byte[] pdf, IReadOnlyList<string> headings)
    {
        var text = Encoding.Latin1.GetString(pdf); // one char per byte: offsets stay byte offsets
        var file = PdfFile.Read(text);
        if (file is null || PdfFile.Ref(file.Object(file.Root) ?? "", "Outlines") is not { } outlines || file.Object(outlines) is not { } root) return pdf;

        // The bookmarks in reading order: each item, then its children, then the next item.
        var items = new List<int>();
        void Walk(int? n, int depth)
        {
            for (var guard = 0; n is { } at && depth < 16 && guard < 100_000 && file.Object(at) is { } item; guard++)
            {
                items.Add(at);
                Walk(PdfFile.Ref(item, "First"), depth + 1);
                n = PdfFile.Ref(item, "Next");
            }
        }
        Walk(PdfFile.Ref(root, "First"), 0);

        var replaced = new Dictionary<int, string>();
        var next = 0;
        foreach (var n in items)
        {
            var obj = file.Object(n)!;
            var m = TitlePattern().Match(obj);
            if (!m.Success || Decode(m.Groups[1].Value) is not { } title) break;
            var at = next;
            while (at < headings.Count && Squeeze(headings[at]) != Squeeze(title)) at++;
            if (at == headings.Count) break; // lost track of the order: leave the rest alone
            next = at + 1;
            if (Clean(title) != headings[at]) replaced[n] = obj[..m.Groups[1].Index] + Encode(headings[at]) + obj[(m.Groups[1].Index + m.Groups[1].Length)..];
        }
        return replaced.Count == 0 ? pdf : Encoding.Latin1.GetBytes(file.Write(replaced));
    }

    static string Clean(string s) => Regex.Replace(s.Replace('\u00A0', ' '), @"\s+", " ").Trim();
    static string Squeeze(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>A PDF text string as UTF-16BE hex with a byte order mark: any text, no escaping.</summary>
    static string Encode(string s) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(s)) + ">";

    /// <summary>A PDF string (literal or hex; PDFDocEncoding taken as Latin-1, or UTF-16BE after a byte order mark).</summary>
    static string? Decode(string s)
    {
        byte[] bytes;
        if (s.StartsWith('<'))
        {
            var hex = Regex.Replace(s[1..^1], @"\s", "");
            if (hex.Length % 2 == 1) hex += "0";
            bytes = Convert.FromHexString(hex);
        }
        else
        {
            var raw = new List<byte>();
            for (var i = 1; i < s.Length - 1; i++)
            {
                if (s[i] != '\\') { raw.Add((byte)s[i]); continue; }
                var c = s[++i];
                if (c is >= '0' and <= '7')
                {
                    var end = i;
                    while (end < i + 3 && end < s.Length - 1 && s[end] is >= '0' and <= '7') end++;
                    raw.Add((byte)Convert.ToInt32(s[i..end], 8));
                    i = end - 1;
                }
                else raw.Add((byte)(c switch { 'n' => '\n', 'r' => '\r', 't' => '\t', 'b' => '\b', 'f' => '\f', _ => c }));
            }
            bytes = [.. raw];
        }
        return bytes is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.Latin1.GetString(bytes);
    }

    [GeneratedRegex(@"<h([1-6])\b[^>]*>(.*?)</h\1>", RegexOptions.Singleline)]
    private static partial Regex HeadingPattern();
    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();
    [GeneratedRegex(@"/Title\s*(\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>)", RegexOptions.Singleline)]
    private static partial Regex TitlePattern();
}
