using System.Text;
using Bibliography.Diagnostics;

namespace Bibliography.Content;

/// <summary>Reads every <c>papers/*.md</c> under the content folder (in ordinal file-name order) and parses each.</summary>
public static class FragmentLoader
{
    public static IReadOnlyList<Fragment> Load(string contentDir, IReadOnlySet<string>? tagIds, DiagnosticBag diagnostics, int currentYear)
    {
        var dir = Path.Combine(contentDir, "papers");
        if (!Directory.Exists(dir)) return [];
        var files = Directory.EnumerateFiles(dir, "*.md").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var fileIds = files.Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal);
        var results = new Fragment?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var display = Paths.Display(files[i]);
            if (ReadUtf8(files[i], display, diagnostics, Codes.FragmentNotUtf8) is { } text)
                results[i] = FragmentParser.Parse(display, text, tagIds, diagnostics, currentYear, fileIds);
        });
        return results.OfType<Fragment>().ToList();
    }

    /// <summary>Reads a file that must be UTF-8; anything else is one located error, not an exception.</summary>
    public static string? ReadUtf8(string file, string display, DiagnosticBag diagnostics, string code, string unreadableCode = Codes.FragmentUnreadable)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = Directory.Exists(file) ? "it is a folder, not a file" : e.Message;
            diagnostics.Error(unreadableCode, $"cannot read the file: {why}", display);
            return null;
        }
        try { return new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException e)
        {
            // Point at the first byte that is not UTF-8: its line, and its column counted in characters.
            var offset = Math.Clamp(e.Index, 0, bytes.Length);
            var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, offset - 1)) + 1;
            if (offset == 0) lineStart = 0;
            var line = 1 + bytes.AsSpan(0, lineStart).Count((byte)'\n');
            var column = 1 + Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart);
            diagnostics.Error(code, "the file is not UTF-8 text (GBK or Latin-1?); save it as UTF-8 (without changing its content)", display, line, column);
            return null;
        }
    }
}
