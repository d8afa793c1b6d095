using System.Text;
using Bibliography.Diagnostics;

namespace Bibliography.Content;

/// <summary>Reads every <c>papers/*.md</c> under the content folder (in ordinal file-name order) and parses each.</summary>
public static class FragmentLoader
{
    public static IReadOnlyList<Fragment> Load(string contentDir, IReadOnlySet<string> tagIds, DiagnosticBag diagnostics, int currentYear)
    {
        var dir = Path.Combine(contentDir, "papers");
        if (!Directory.Exists(dir)) return [];
        var files = Directory.EnumerateFiles(dir, "*.md").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var results = new Fragment?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var display = Paths.Display(files[i]);
            if (ReadUtf8(files[i], display, diagnostics, Codes.FragmentNotUtf8) is { } text)
                results[i] = FragmentParser.Parse(display, text, tagIds, diagnostics, currentYear);
        });
        return results.OfType<Fragment>().ToList();
    }

    /// <summary>Reads a file that must be UTF-8; anything else is one located error, not an exception.</summary>
    public static string? ReadUtf8(string file, string display, DiagnosticBag diagnostics, string code)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.FragmentUnreadable, $"cannot read the file: {e.Message}", display);
            return null;
        }
        try { return new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index < 0 ? 0 : e.Index;
            var line = 1 + bytes.Take(offset).Count(b => b == (byte)'\n');
            diagnostics.Error(code, "the file is not UTF-8 text; save it as UTF-8 (without changing its content)", display, line, 1);
            return null;
        }
    }
}
