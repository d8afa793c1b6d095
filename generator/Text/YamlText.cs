using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bibliography.Text;

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
        // YamlDotNet recurses once per level and a stack overflow cannot be caught: refuse absurd nesting before parsing.
        if (Deepest(text) is { Depth: > MaxDepth } deep)
        {
            problem = new YamlProblem($"the YAML is nested more than {MaxDepth} levels deep; these files need two or three levels", deep.Line, deep.Column);
            return null;
        }
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

    /// <summary>
    /// Where a parser mark (one-based line and column) is in <paramref name="text"/>, as an offset; -1 past the end.
    /// Lines end at <c>\n</c>, so a file with CRLF endings maps the same way.
    /// </summary>
    public static int Offset(string text, Mark mark)
    {
        var offset = 0;
        for (var line = 1; line < mark.Line; line++)
        {
            var next = text.IndexOf('\n', offset);
            if (next < 0) return -1;
            offset = next + 1;
        }
        offset += (int)mark.Column - 1;
        return offset <= text.Length ? offset : -1;
    }

    const int MaxDepth = 64;

    /// <summary>
    /// An upper bound of how deep the YAML nests, and where it is deepest: open <c>[</c>/<c>{</c> (outside quotes),
    /// plus indentation levels, plus block indicators written on one line (<c>- - - x</c>).
    /// </summary>
    static (int Depth, int Line, int Column) Deepest(string text)
    {
        var best = (Depth: 0, Line: 1, Column: 1);
        var flow = 0;
        char? quote = null;
        var indents = new Stack<int>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = 0;
            while (indent < line.Length && line[indent] == ' ') indent++;
            if (quote is null && flow == 0 && indent < line.Length && line[indent] != '#')
            {
                while (indents.Count > 0 && indents.Peek() >= indent) indents.Pop();
                indents.Push(indent);
            }
            var compact = 0;
            for (var c = indent; c + 1 < line.Length && line[c] is '-' or '?' or ':' && line[c + 1] == ' '; c += 2)
                for (compact++; c + 2 < line.Length && line[c + 2] == ' '; c++) { }
            for (var c = 0; c < line.Length; c++)
            {
                var ch = line[c];
                if (quote is not null) { if (ch == quote) quote = null; continue; }
                if (ch is '"' or '\'') quote = ch;
                else if (ch is '[' or '{') flow++;
                else if (ch is ']' or '}') flow = Math.Max(0, flow - 1);
                if (flow + indents.Count + compact > best.Depth) best = (flow + indents.Count + compact, i + 1, c + 1);
            }
            if (indents.Count + compact > best.Depth) best = (indents.Count + compact, i + 1, indent + 1);
        }
        return best;
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
