using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Bibliography.Tests.Print;

/// <summary>poppler-utils from the tests: the text of each page of a PDF, its words with their boxes, fonts, info, bookmarks, pictures.</summary>
public static partial class PdfTools
{
    static readonly string[] Tools = ["pdftotext", "pdffonts", "pdfinfo", "pdftohtml", "pdftoppm"];

    /// <summary>The first poppler tool not on the PATH, or null.</summary>
    public static string? Missing() =>
        Tools.FirstOrDefault(t => !(Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, t))));

    /// <summary>
    /// The text of each page in the order it was drawn (<c>-raw</c>); with <paramref name="bodyOnly"/> only the text
    /// area of an A4 page of the print edition (20 mm from the top, 24 mm from the foot): no running head, no page number.
    /// </summary>
    public static IReadOnlyList<string> Pages(string pdf, bool bodyOnly = false) => Text(pdf, "-raw", bodyOnly);

    /// <summary>The text of each page laid out as on the page (<c>-layout</c>), as a reader copying it would get it.</summary>
    public static IReadOnlyList<string> LayoutPages(string pdf, bool bodyOnly = false) => Text(pdf, "-layout", bodyOnly);

    static IReadOnlyList<string> Text(string pdf, string mode, bool bodyOnly) =>
        (bodyOnly ? Run("pdftotext", mode, "-enc", "UTF-8", "-x", "0", "-y", "57", "-W", "600", "-H", "717", pdf, "-") : Run("pdftotext", mode, "-enc", "UTF-8", pdf, "-"))
            .Split('\f').SkipLast(1).ToList();

    public static string Fonts(string pdf) => Run("pdffonts", pdf);

    /// <summary>pdffonts' table: each font's name, type and whether it is embedded.</summary>
    public static IReadOnlyList<(string Name, string Type, bool Embedded)> FontTable(string pdf) =>
        Fonts(pdf).Split('\n').Skip(2)
            .Select(line => FontLine().Match(line)).Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value.Trim(), m.Groups[3].Value == "yes")).ToList();

    public static string Info(string pdf) => Run("pdfinfo", "-enc", "UTF-8", pdf);

    public static int PageCount(string pdf) => int.Parse(Regex.Match(Info(pdf), @"Pages:\s+(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>The PDF's bookmarks (its outline), in order, flattened: each title with the page it opens.</summary>
    public static IReadOnlyList<(string Title, int Page)> Outline(string pdf)
    {
        var xml = Run("pdftohtml", "-xml", "-stdout", "-i", "-q", "-enc", "UTF-8", pdf);
        var start = xml.IndexOf("<outline>", StringComparison.Ordinal);
        if (start < 0) return [];
        return Regex.Matches(xml[start..], @"<item page=""(\d+)"">(.*?)</item>")
            .Select(m => (WebUtility.HtmlDecode(m.Groups[2].Value), int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))).ToList();
    }

    /// <summary>A word on a page and its box, in points from the page's top left.</summary>
    public sealed record Word(string Text, double XMin, double YMin, double XMax, double YMax);

    /// <summary>Every page's size and words (<c>pdftotext -bbox</c>).</summary>
    public static IReadOnlyList<(double Width, double Height, IReadOnlyList<Word> Words)> Words(string pdf) =>
        PageBox().Matches(Run("pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-")).Select(p => (
            Num(p.Groups[1].Value), Num(p.Groups[2].Value),
            (IReadOnlyList<Word>)WordBox().Matches(p.Groups[3].Value)
                .Select(w => new Word(WebUtility.HtmlDecode(w.Groups[5].Value), Num(w.Groups[1].Value), Num(w.Groups[2].Value), Num(w.Groups[3].Value), Num(w.Groups[4].Value))).ToList()))
            .ToList();

    /// <summary>Pages rendered to PNG files (<c>pdftoppm -r 60 -png</c>) named PREFIX-N.png in <paramref name="folder"/>.</summary>
    public static void Render(string pdf, int first, int last, string folder, string prefix) =>
        Run("pdftoppm", "-r", "60", "-png", "-f", first.ToString(CultureInfo.InvariantCulture), "-l", last.ToString(CultureInfo.InvariantCulture), pdf, Path.Combine(folder, prefix));

    /// <summary>Text compared as a reader sees it: pdftotext drops or adds spaces and line breaks around CJK and at wraps.</summary>
    public static string Squeeze(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c)).Select(c => c is '\u2010' or '\u2011' or '\u00AD' ? '-' : c).ToArray());

    static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{tool} {string.Join(' ', args)} exited with {p.ExitCode}: {stderr.Result}");
        return output;
    }

    [GeneratedRegex(@"^(\S+)\s+(.+?)\s+(?:Identity-H|Custom|Builtin|WinAnsi|MacRoman|Standard|\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$")]
    private static partial Regex FontLine();

    [GeneratedRegex(@"<page width=""([\d.]+)"" height=""([\d.]+)"">(.*?)</page>", RegexOptions.Singleline)]
    private static partial Regex PageBox();

    [GeneratedRegex(@"<word xMin=""([\d.]+)"" yMin=""([\d.]+)"" xMax=""([\d.]+)"" yMax=""([\d.]+)"">(.*?)</word>")]
    private static partial Regex WordBox();
}
