using System.Text;
using System.Text.RegularExpressions;
using Bibliography.Text;

namespace Bibliography.Pages;

/// <summary>
/// Web addresses as the print edition prints them: short (host and path, no scheme, no <c>www.</c>, no query), with
/// break opportunities only after a slash and before a dot: the pieces between them are kept whole (a browser would
/// otherwise break after a hyphen), so a line never breaks inside a word of an address. The full address stays the
/// link's target, which a PDF keeps as its link annotation.
/// </summary>
public static partial class PrintUrls
{
    /// <summary><c>https://www.example.org/a/b/?q=1</c> → <c>example.org/a/b</c>; text that is no http(s) address is returned as it is.</summary>
    public static string Short(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return url;
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var path = Uri.UnescapeDataString(uri.AbsolutePath).TrimEnd('/');
        return host + path;
    }

    /// <summary>Text escaped for HTML, cut into unbreakable pieces after each slash and before each dot, with a &lt;wbr&gt; between them.</summary>
    public static Html Breakable(string text) => new(AddBreaks(Html.Escape(text)));

    /// <summary>Escaped HTML (a curator's line) with break opportunities inside each http(s) address it spells out.</summary>
    public static Html BreakAddresses(Html html) =>
        html.Value.Contains("http", StringComparison.Ordinal) ? new(AddressInText().Replace(html.Value, m => AddBreaks(m.Value))) : html;

    /// <summary>
    /// Prose HTML whose external links each get their short address printed after them, in parentheses, unless the
    /// link's text already names it (<c>[arXiv:1810.04805](https://arxiv.org/abs/1810.04805)</c>). Each is marked
    /// <c>shows-target</c>, so the print stylesheet does not print the full address as well.
    /// </summary>
    public static string ShowAddresses(string html) =>
        !html.Contains("href=\"http", StringComparison.Ordinal) ? html : ExternalLink().Replace(html, m =>
        {
            var href = System.Net.WebUtility.HtmlDecode(m.Groups[1].Value);
            var text = System.Net.WebUtility.HtmlDecode(Tags().Replace(m.Groups[3].Value, ""));
            var link = "<a class=\"shows-target\"" + m.Value[2..];
            return NamesTarget(text, href) ? link : $"{link}<span class=\"print-url\"> ({Breakable(Short(href)).Value})</span>";
        });

    /// <summary>Whether a link's text already says where it goes: the short address, or the arXiv id or DOI in it.</summary>
    static bool NamesTarget(string text, string href)
    {
        var squeezed = text.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        var shortUrl = Short(href).ToLowerInvariant();
        if (squeezed.Contains(shortUrl, StringComparison.Ordinal) || squeezed.Contains(href.ToLowerInvariant(), StringComparison.Ordinal)) return true;
        var last = shortUrl.Split('/')[^1];
        var isIdentifierSite = shortUrl.StartsWith("arxiv.org/", StringComparison.Ordinal) || shortUrl.StartsWith("doi.org/", StringComparison.Ordinal);
        return isIdentifierSite && last.Length > 0 && squeezed.Contains(last.Replace(".pdf", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    const string Open = "<span class=\"nobr\">", Close = "</span>";

    static string AddBreaks(string escaped)
    {
        var sb = new StringBuilder(escaped.Length + 64).Append(Open);
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c == '.' && i > 0 && i + 1 < escaped.Length) sb.Append(Close).Append("<wbr>").Append(Open); // a closing full stop stays on the line
            sb.Append(c);
            if (c == '/' && i + 1 < escaped.Length && escaped[i + 1] != '/') sb.Append(Close).Append("<wbr>").Append(Open);
        }
        return sb.Append(Close).ToString();
    }

    [GeneratedRegex(@"<a href=""(https?://[^""]*)""([^>]*)>(.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex ExternalLink();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"(?<![=""'])https?://[^\s<>""]+")]
    private static partial Regex AddressInText();
}
