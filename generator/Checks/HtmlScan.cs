using System.Net;
using Bibliography.Text;

namespace Bibliography.Checks;

/// <summary>
/// What the site checks need from one rendered page, read by a single pass over its tags instead of a full DOM:
/// the root element's <c>lang</c>, every <c>id</c>, and the link attributes (<c>a/link[href]</c>, then
/// <c>script/img/iframe/source/video/audio[src]</c>, each in document order, as AngleSharp's selectors give them).
/// Follows the HTML tokenizer where it matters for generated pages: comments, raw-text elements
/// (script, style, textarea, title), quoted and unquoted attribute values, case-insensitive names, first attribute wins,
/// character references decoded.
/// </summary>
public sealed record HtmlScan(string? Lang, HashSet<string> Ids, IReadOnlyList<HtmlScan.Link> Links)
{
    /// <summary>One link attribute: the element's local name, the attribute (href or src), its value and the element's rel.</summary>
    public sealed record Link(string Element, string Attr, string Value, string? Rel);

    static readonly HashSet<string> SrcElements = new(StringComparer.Ordinal) { "script", "img", "iframe", "source", "video", "audio" };
    static readonly HashSet<string> RawText = new(StringComparer.Ordinal) { "script", "style", "textarea", "title" };

    // Only these names matter to the checks; other tags and attributes are skipped without allocating their text.
    static readonly string[] KnownTags = ["a", "link", "html", "script", "img", "iframe", "source", "video", "audio", "style", "textarea", "title"];
    static readonly string[] KnownAttrs = ["id", "href", "rel", "src", "lang"];

    /// <param name="intern">
    /// Makes the string of an attribute value the scan keeps; a caller that reads many pages passes one that returns the
    /// string it already has for the same text, so a value repeated on every page is not allocated again for each.
    /// </param>
    public static HtmlScan Read(string html, Func<ReadOnlySpan<char>, string>? intern = null)
    {
        intern ??= static span => span.ToString();
        string? lang = null;
        var sawHtml = false;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var hrefs = new List<Link>();
        var srcs = new List<Link>();
        var attrs = new List<(string Name, string Value)>();
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) break;
            i = lt + 1;
            var c = html[i];
            if (c == '!')
            {
                if (string.CompareOrdinal(html, i, "!--", 0, 3) == 0)
                {
                    var end = html.IndexOf("-->", i + 3, StringComparison.Ordinal);
                    i = end < 0 ? html.Length : end + 3;
                }
                else i = SkipTo(html, i, '>');
                continue;
            }
            if (c == '/' || c == '?') { i = SkipTo(html, i, '>'); continue; }
            if (!char.IsAsciiLetter(c)) continue;

            var nameStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] != '>' && html[i] != '/') i++;
            var name = Known(html.AsSpan(nameStart, i - nameStart), KnownTags);
            attrs.Clear();
            i = ReadAttributes(html, i, attrs, intern);

            string? Attr(string n)
            {
                foreach (var (k, v) in attrs) if (k == n) return v;
                return null;
            }
            if (Attr("id") is { Length: > 0 } id) ids.Add(id);
            if (name == "html" && !sawHtml) { sawHtml = true; lang = Attr("lang"); }
            if (name is "a" or "link" && Attr("href") is { } href) hrefs.Add(new Link(name, "href", href, Attr("rel")));
            if (name is not null && SrcElements.Contains(name) && Attr("src") is { } src) srcs.Add(new Link(name, "src", src, Attr("rel")));
            if (name is not null && RawText.Contains(name))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }
        hrefs.AddRange(srcs);
        return new HtmlScan(lang, ids, hrefs);
    }

    static int ReadAttributes(string html, int i, List<(string, string)> attrs, Func<ReadOnlySpan<char>, string> intern)
    {
        while (i < html.Length)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/')) i++;
            if (i >= html.Length) return i;
            if (html[i] == '>') return i + 1;
            var start = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('>' or '/' or '=')) i++;
            var name = Known(html.AsSpan(start, i - start), KnownAttrs);
            while (i < html.Length && IsSpace(html[i])) i++;
            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && IsSpace(html[i])) i++;
                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var end = html.IndexOf(quote, i + 1);
                    if (end < 0) end = html.Length;
                    if (name is not null) value = Value(html.AsSpan(i + 1, end - i - 1), intern);
                    i = Math.Min(end + 1, html.Length);
                }
                else
                {
                    var vs = i;
                    while (i < html.Length && !IsSpace(html[i]) && html[i] != '>') i++;
                    if (name is not null) value = Value(html.AsSpan(vs, i - vs), intern);
                }
            }
            if (name is null) continue;
            var seen = false;
            foreach (var (k, _) in attrs) seen |= ReferenceEquals(k, name);
            if (!seen) attrs.Add((name, value)); // the first of the same name wins
        }
        return i;
    }

    /// <summary>An attribute's value, character references decoded.</summary>
    static string Value(ReadOnlySpan<char> raw, Func<ReadOnlySpan<char>, string> intern) =>
        raw.Contains('&') ? intern(WebUtility.HtmlDecode(raw.ToString())) : intern(raw);

    /// <summary>The known name (lower case) that <paramref name="name"/> spells in any case, or null.</summary>
    static string? Known(ReadOnlySpan<char> name, string[] known)
    {
        foreach (var k in known)
            if (name.Equals(k, StringComparison.OrdinalIgnoreCase)) return k;
        return null;
    }

    static int SkipTo(string html, int i, char c)
    {
        var end = html.IndexOf(c, i);
        return end < 0 ? html.Length : end + 1;
    }

    static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
