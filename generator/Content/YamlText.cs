using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bibliography.Content;

/// <summary>A YAML text that could not be read: what is wrong, one-based within the text.</summary>
public sealed record YamlProblem(string Message, int Line, int Column);

/// <summary>
/// Reads YAML text (front matter, tags.yml, site.yml, i18n) into its root node. Every way the parser can fail becomes
/// one <see cref="YamlProblem"/> with a position and a hint in plain words, never an exception.
/// </summary>
public static class YamlText
{
    /// <summary>The root node of the first document, null for an empty text; or the problem that stops it.</summary>
    public static YamlNode? Load(string text, out YamlProblem? problem)
    {
        problem = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            problem = Describe(text, e);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18 throws this, not a YamlException, for a flow list or mapping that is never closed.
            var (line, column) = UnclosedBracket(text) ?? (1, 1);
            problem = new YamlProblem("a `[` list or `{` mapping is not closed; add the closing `]` or `}` on the same line", line, column);
        }
        return null;
    }

    static YamlProblem Describe(string text, YamlException e)
    {
        var msg = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes "(Line: 3, Col: 8, Idx: …) - (…): "; the location is given separately.
        var idx = msg.LastIndexOf("): ", StringComparison.Ordinal);
        msg = (idx >= 0 ? msg[(idx + 3)..] : msg).Trim();
        var line = (int)Math.Max(1, e.Start.Line);
        var column = (int)Math.Max(1, e.Start.Column);

        if (msg.Contains("tab", StringComparison.OrdinalIgnoreCase) || msg.Contains("cannot start any token", StringComparison.Ordinal))
        {
            // The parser reports where the enclosing mapping starts; point at the tab itself.
            if (FirstIndentTab(text, line) is { } tab) (line, column) = tab;
            return new YamlProblem("a tab is used for indentation; indent YAML with spaces", line, column);
        }
        if (msg.Contains("quoted scalar", StringComparison.Ordinal))
            return new YamlProblem($"a quoted value is not closed: add the closing quote on this line ({msg})", line, column);
        if (msg.StartsWith("Duplicate key", StringComparison.Ordinal))
            return new YamlProblem($"the key `{msg["Duplicate key".Length..].Trim()}` is given twice; keep one", line, column);
        return new YamlProblem(msg, line, column);
    }

    /// <summary>The first tab in a line's leading white space, from <paramref name="fromLine"/> on.</summary>
    static (int Line, int Column)? FirstIndentTab(string text, int fromLine)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
            for (var c = 0; c < lines[i].Length && lines[i][c] is ' ' or '\t'; c++)
                if (lines[i][c] == '\t') return (i + 1, c + 1);
        return null;
    }

    /// <summary>The first line that opens more <c>[</c>/<c>{</c> than it closes (outside quotes), where the value starts.</summary>
    static (int Line, int Column)? UnclosedBracket(string text)
    {
        (int, int)? found = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var depth = 0;
            var first = -1;
            char? quote = null;
            for (var c = 0; c < lines[i].Length; c++)
            {
                var ch = lines[i][c];
                if (quote is not null) { if (ch == quote) quote = null; continue; }
                if (ch is '"' or '\'') quote = ch;
                else if (ch is '[' or '{') { if (depth++ == 0) first = c; }
                else if (ch is ']' or '}') depth--;
            }
            if (depth > 0) found ??= (i + 1, first + 1);
        }
        return found;
    }
}
