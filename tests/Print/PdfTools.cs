using System.Diagnostics;

namespace Bibliography.Tests.Print;

/// <summary>poppler-utils from the tests: the text of each page of a PDF, its fonts, its info.</summary>
public static class PdfTools
{
    static readonly string[] Tools = ["pdftotext", "pdffonts", "pdfinfo", "pdftohtml"];

    /// <summary>The first poppler tool not on the PATH, or null.</summary>
    public static string? Missing() =>
        Tools.FirstOrDefault(t => !(Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, t))));

    /// <summary>
    /// The text of each page, in the order Chromium drew it (<c>-raw</c>: the layout analysis reorders runs of a CJK fallback
    /// font against the Latin ones), pages separated by form feeds.
    /// </summary>
    public static IReadOnlyList<string> Pages(string pdf) => Run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-").Split('\f').SkipLast(1).ToList();

    public static string Fonts(string pdf) => Run("pdffonts", pdf);

    public static string Info(string pdf) => Run("pdfinfo", "-enc", "UTF-8", pdf);

    /// <summary>The PDF's bookmarks (its outline), in order, flattened: each title with the page it opens.</summary>
    public static IReadOnlyList<(string Title, int Page)> Outline(string pdf)
    {
        var xml = Run("pdftohtml", "-xml", "-stdout", "-i", "-q", "-enc", "UTF-8", pdf);
        var start = xml.IndexOf("<outline>", StringComparison.Ordinal);
        if (start < 0) return [];
        return System.Text.RegularExpressions.Regex.Matches(xml[start..], @"<item page=""(\d+)"">(.*?)</item>")
            .Select(m => (System.Net.WebUtility.HtmlDecode(m.Groups[2].Value), int.Parse(m.Groups[1].Value))).ToList();
    }

    /// <summary>Text compared as a reader sees it: pdftotext drops or adds spaces and line breaks around CJK and at wraps.</summary>
    public static string Squeeze(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c)).Select(c => c is '\u2010' or '\u2011' or '\u00AD' ? '-' : c).ToArray());

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
}
