using System.Text;

namespace Bibliography.Tests.Citations;

/// <summary>
/// Just enough of a BibTeX reader to read the generator's own output back: <c>@type{key, name = {value}, …}</c>
/// with nested braces, and the escapes the writer uses turned back into the characters they stand for.
/// </summary>
static class TinyBibtexReader
{
    public sealed record Entry(string Type, string Key, IReadOnlyDictionary<string, string> RawFields)
    {
        public string Text(string field) => Unescape(RawFields[field]);
    }

    public static IReadOnlyList<Entry> Read(string bib)
    {
        var entries = new List<Entry>();
        var i = 0;
        while ((i = bib.IndexOf('@', i)) >= 0)
        {
            var open = bib.IndexOf('{', i);
            var type = bib[(i + 1)..open];
            var comma = bib.IndexOf(',', open);
            var key = bib[(open + 1)..comma];
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            var pos = comma + 1;
            while (true)
            {
                while (char.IsWhiteSpace(bib[pos]) || bib[pos] == ',') pos++;
                if (bib[pos] == '}') { pos++; break; }
                var eq = bib.IndexOf('=', pos);
                var name = bib[pos..eq].Trim();
                var start = bib.IndexOf('{', eq);
                var (value, end) = Braced(bib, start);
                fields[name] = value;
                pos = end;
            }
            entries.Add(new Entry(type, key, fields));
            i = pos;
        }
        return entries;
    }

    // The text between a brace and its match; \{ and \} do not count.
    static (string Value, int End) Braced(string s, int open)
    {
        var depth = 0;
        for (var i = open; i < s.Length; i++)
        {
            if (s[i] == '\\') { i++; continue; }
            if (s[i] == '{') depth++;
            else if (s[i] == '}' && --depth == 0) return (s[(open + 1)..i], i + 1);
        }
        throw new FormatException("unbalanced braces from " + open);
    }

    public static string Unescape(string value)
    {
        var macros = new Dictionary<string, string>
        {
            ["textless"] = "<", ["textgreater"] = ">", ["textbackslash"] = "\\", ["textasciitilde"] = "~", ["textasciicircum"] = "^",
        };
        var sb = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\\')
            {
                var j = i + 1;
                while (j < value.Length && char.IsLetter(value[j])) j++;
                if (j == i + 1) { sb.Append(value[j]); i = j; continue; } // \& \% \{ …
                sb.Append(macros[value[(i + 1)..j]]);
                if (value.AsSpan(j).StartsWith("{}")) j += 2;
                i = j - 1;
                continue;
            }
            if (c is '{' or '}') continue; // protective braces
            sb.Append(c);
        }
        return sb.ToString();
    }
}
