using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Bibliography.Pdf;

/// <summary>
/// A PDF's objects located through its classic cross-reference table, as Chromium writes it (no object streams, no
/// incremental updates), and written back with some objects replaced and a new table.
/// </summary>
sealed partial class PdfFile
{
    readonly string text;
    readonly int xref;
    readonly SortedDictionary<int, int> offsets; // object number → offset, "n" entries only
    readonly int size;
    readonly string trailer;

    PdfFile(string text, int xref, SortedDictionary<int, int> offsets, int size, string trailer, int root)
    {
        (this.text, this.xref, this.offsets, this.size, this.trailer, Root) = (text, xref, offsets, size, trailer, root);
    }

    public int Root { get; }

    /// <summary>The file's table and trailer; null when it is not laid out that way.</summary>
    public static PdfFile? Read(string text)
    {
        try { return ReadTable(text); }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException) { return null; }
    }

    static PdfFile? ReadTable(string text)
    {
        var m = StartXref().Match(text, Math.Max(0, text.Length - 64));
        if (!m.Success || !int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var at) || at < 0 || at + 4 > text.Length
            || string.CompareOrdinal(text, at, "xref", 0, 4) != 0) return null;
        var trailerAt = text.IndexOf("trailer", at, StringComparison.Ordinal);
        if (trailerAt < 0) return null;
        var offsets = new SortedDictionary<int, int>();
        int number = 0, size = 0;
        foreach (var line in text[(at + 4)..trailerAt].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ');
            if (parts.Length == 2) { number = int.Parse(parts[0], CultureInfo.InvariantCulture); continue; }
            if (parts.Length != 3) return null;
            if (parts[2] == "n") offsets[number] = int.Parse(parts[0], CultureInfo.InvariantCulture);
            size = Math.Max(size, ++number);
        }
        var trailerEnd = text.IndexOf("startxref", trailerAt, StringComparison.Ordinal);
        var trailer = text[trailerAt..trailerEnd];
        var root = Regex.Match(trailer, @"/Root\s+(\d+)\s+0\s+R");
        if (!root.Success || offsets.Values.Any(o => o < 0 || o >= at)) return null;
        return new PdfFile(text, at, offsets, size, trailer, int.Parse(root.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The object number a dictionary's <c>/Key N 0 R</c> refers to, or null.</summary>
    public static int? Ref(string dict, string key) =>
        Regex.Match(dict, $@"/{key}\s+(\d+)\s+0\s+R") is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>An object's text from <c>N 0 obj</c> up to its <c>endobj</c>; null when it is not in the table.</summary>
    public string? Object(int n)
    {
        if (!offsets.TryGetValue(n, out var at)) return null;
        var end = text.IndexOf("endobj", at, StringComparison.Ordinal);
        return end < 0 ? null : text[at..end];
    }

    /// <summary>The whole file again, the objects in <paramref name="replaced"/> (text up to <c>endobj</c>) swapped in.</summary>
    public string Write(IReadOnlyDictionary<int, string> replaced)
    {
        var byOffset = offsets.OrderBy(kv => kv.Value).ToList();
        var sb = new StringBuilder(text.Length + 4096);
        sb.Append(text, 0, byOffset[0].Value);
        var moved = new Dictionary<int, int>();
        for (var i = 0; i < byOffset.Count; i++)
        {
            var (n, at) = (byOffset[i].Key, byOffset[i].Value);
            var end = i + 1 < byOffset.Count ? byOffset[i + 1].Value : xref;
            moved[n] = sb.Length;
            if (replaced.TryGetValue(n, out var obj))
            {
                var endobj = text.IndexOf("endobj", at, StringComparison.Ordinal);
                sb.Append(obj).Append(text, endobj, end - endobj);
            }
            else sb.Append(text, at, end - at);
        }
        var newXref = sb.Length;
        sb.Append("xref\n0 ").Append(size.ToString(CultureInfo.InvariantCulture)).Append('\n');
        for (var n = 0; n < size; n++)
            sb.Append(moved.TryGetValue(n, out var o) ? $"{o:D10} 00000 n \n" : n == 0 ? "0000000000 65535 f \n" : "0000000000 00000 f \n");
        sb.Append(trailer).Append("startxref\n").Append(newXref.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        return sb.ToString();
    }

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF")]
    private static partial Regex StartXref();
}
