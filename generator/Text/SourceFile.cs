using System.Text;
using Bibliography.Diagnostics;

namespace Bibliography.Text;

/// <summary>Reads the text files every stage starts from (seed, fragments, YAML, templates): UTF-8 or one located error.</summary>
public static class SourceFile
{
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
        return DecodeUtf8(bytes, display, diagnostics, code);
    }

    /// <summary>The bytes as UTF-8 text, or one error at the first byte that is not UTF-8 (its line, its column in characters).</summary>
    public static string? DecodeUtf8(byte[] bytes, string display, DiagnosticBag diagnostics, string code)
    {
        try { return new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException e)
        {
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
