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
    public static HtmlScan Read(string html, Func<ReadOnlySpan<char>, string>? intern = null) => Read(html.AsSpan(), intern);

    /// <inheritdoc cref="Read(string, Func{ReadOnlySpan{char}, string}?)"/>
    public static HtmlScan Read(ReadOnlySpan<char> html, Func<ReadOnlySpan<char>, string>? intern = null)
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
            var lt = html[i..].IndexOf('<');
            if (lt < 0 || i + lt + 1 >= html.Length) break;
            i += lt + 1;
            var c = html[i];
            if (c == '!')
            {
                if (html[i..].StartsWith("!--"))
                {
                    var end = html[(i + 3)..].IndexOf("-->");
                    i = end < 0 ? html.Length : i + 3 + end + 3;
                }
                else i = SkipTo(html, i, '>');
                continue;
            }
            if (c == '/' || c == '?') { i = SkipTo(html, i, '>'); continue; }
            if (!char.IsAsciiLetter(c)) continue;

            var nameStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] != '>' && html[i] != '/') i++;
            var name = Known(html.Slice(nameStart, i - nameStart), KnownTags);
            attrs.Clear();
            i = ReadAttributes(html, i, name, attrs, intern);

            if (Attr(attrs, "id") is { Length: > 0 } id) ids.Add(id);
            if (name == "html" && !sawHtml) { sawHtml = true; lang = Attr(attrs, "lang"); }
            if (name is "a" or "link" && Attr(attrs, "href") is { } href) hrefs.Add(new Link(name, "href", href, Attr(attrs, "rel")));
            if (name is not null && SrcElements.Contains(name) && Attr(attrs, "src") is { } src) srcs.Add(new Link(name, "src", src, Attr(attrs, "rel")));
            if (name is not null && RawText.Contains(name))
            {
                var close = html[i..].IndexOf(string.Concat("</", name).AsSpan(), StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : i + close;
            }
        }
        hrefs.AddRange(srcs);
        return new HtmlScan(lang, ids, hrefs);
    }

    static string? Attr(List<(string Name, string Value)> attrs, string name)
    {
        foreach (var (k, v) in attrs) if (k == name) return v;
        return null;
    }

    /// <summary>
    /// Whether the checks read attribute <paramref name="attr"/> of element <paramref name="element"/> (null: one they
    /// do not know): ids everywhere, the root's lang, links where they are links. Other values are skipped unread.
    /// </summary>
    static bool Wanted(string? element, string attr) => attr switch
    {
        "id" => true,
        "lang" => element == "html",
        "href" => element is "a" or "link",
        "src" => element is not null && SrcElements.Contains(element),
        _ => element is "a" or "link" || element is not null && SrcElements.Contains(element), // rel
    };

    static int ReadAttributes(ReadOnlySpan<char> html, int i, string? element, List<(string, string)> attrs, Func<ReadOnlySpan<char>, string> intern)
    {
        while (i < html.Length)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/')) i++;
            if (i >= html.Length) return i;
            if (html[i] == '>') return i + 1;
            var start = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('>' or '/' or '=')) i++;
            var name = Known(html.Slice(start, i - start), KnownAttrs) is { } known && Wanted(element, known) ? known : null;
            while (i < html.Length && IsSpace(html[i])) i++;
            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && IsSpace(html[i])) i++;
                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var end = html[(i + 1)..].IndexOf(quote);
                    end = end < 0 ? html.Length : i + 1 + end;
                    if (name is not null) value = Value(html.Slice(i + 1, end - i - 1), intern);
                    i = Math.Min(end + 1, html.Length);
                }
                else
                {
                    var vs = i;
                    while (i < html.Length && !IsSpace(html[i]) && html[i] != '>') i++;
                    if (name is not null) value = Value(html.Slice(vs, i - vs), intern);
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

    static int SkipTo(ReadOnlySpan<char> html, int i, char c)
    {
        var end = html[i..].IndexOf(c);
        return end < 0 ? html.Length : i + end + 1;
    }

    static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
