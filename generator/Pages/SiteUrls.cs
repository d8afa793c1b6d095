using Bibliography.Model;
using Bibliography.Text;
using Bibliography.Content;

namespace Bibliography.Pages;

/// <summary>
/// The one place that knows URLs. Site paths are relative to the site root and end in "/" for pages
/// (<c>en/papers/gpt-1/</c>); links between pages are written relative to the linking page, so the site works
/// under any base path (GitHub Pages project sites) and from disk. Absolute URLs (canonical, hreflang, sitemap,
/// feeds) are the base URL plus the site path.
/// </summary>
public sealed class SiteUrls
{
    public SiteUrls(string? baseUrl)
    {
        var b = string.IsNullOrWhiteSpace(baseUrl) ? "/" : baseUrl.Trim();
        if (!b.EndsWith('/')) b += "/";
        BaseUrl = b;
        BasePath = Uri.TryCreate(b, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u.AbsolutePath : b.StartsWith('/') ? b : "/" + b;
        IsAbsolute = Uri.TryCreate(b, UriKind.Absolute, out var v) && v.Scheme is "http" or "https";
    }

    /// <summary>The base URL with a trailing slash: <c>https://example.org/repo/</c>, or a path like <c>/</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>The path part of the base URL: <c>/repo/</c>.</summary>
    public string BasePath { get; }

    public bool IsAbsolute { get; }

    public static string Root => "";
    public static string Home(Lang lang) => $"{lang.Code()}/";
    public static string Part(Lang lang, int number) => $"{lang.Code()}/parts/{number}/";
    public static string Paper(Lang lang, string id) => $"{lang.Code()}/papers/{id}/";
    public static string AllPapers(Lang lang) => $"{lang.Code()}/papers/";
    public static string Tags(Lang lang) => $"{lang.Code()}/tags/";
    public static string Tag(Lang lang, string id) => $"{lang.Code()}/tags/{id}/";
    public static string Years(Lang lang) => $"{lang.Code()}/years/";
    public static string Search(Lang lang) => $"{lang.Code()}/search/";
    public static string Print(Lang lang) => $"{lang.Code()}/print/";
    public static string PrintBoth(Lang lang) => $"{lang.Code()}/print/both/";
    public static string PrintHeads(Lang lang) => $"{lang.Code()}/print/heads.css";
    public static string Translations(Lang lang) => $"{lang.Code()}/translations/";
    public static string Additions(Lang lang) => $"{lang.Code()}/additions/";
    public static string LeftTheList(Lang lang) => $"{lang.Code()}/removed/";
    public static string Changes(Lang lang) => $"{lang.Code()}/changes/";
    public static string Map(Lang lang) => $"{lang.Code()}/map/";
    public static string Feed(Lang lang) => $"{lang.Code()}/feed.xml";
    public static string SearchIndex => "search-index.json";
    public static string Asset(string name) => $"assets/{name}";
    public static string NotFound => "404.html";

    /// <summary>The file a site path is written to: pages get <c>index.html</c>.</summary>
    public static string FileOf(string sitePath) => sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;

    /// <summary>A link from the page at <paramref name="from"/> to <paramref name="to"/>, relative: <c>../../papers/gpt-1/</c>.</summary>
    public static string Relative(string from, string to)
    {
        // Character by character, not by splitting: every page links to dozens of others, so this runs millions of times.
        var fromDir = from.Length == 0 || from[^1] == '/' ? from.Length : from.LastIndexOf('/') + 1;
        var common = 0; // the shared folders, up to and including their last '/'
        var n = Math.Min(fromDir, to.Length);
        for (var i = 0; i < n && from[i] == to[i]; i++)
            if (from[i] == '/') common = i + 1;
        var ups = 0;
        for (var i = common; i < fromDir; i++)
            if (from[i] == '/') ups++;
        var restLength = to.Length - common;
        if (ups == 0 && restLength == 0) return "./";
        return string.Create(3 * ups + restLength, (to, common, ups), static (span, s) =>
        {
            for (var k = 0; k < s.ups; k++) "../".AsSpan().CopyTo(span[(3 * k)..]);
            s.to.AsSpan(s.common).CopyTo(span[(3 * s.ups)..]);
        });
    }

    /// <summary>An absolute URL where the base URL is absolute, else a root-relative one.</summary>
    public string Absolute(string sitePath) => (IsAbsolute ? BaseUrl : BasePath) + sitePath;

    /// <summary>A root-relative URL under the base path, for pages served at any depth (the 404 page).</summary>
    public string Rooted(string sitePath) => BasePath + sitePath;
}
