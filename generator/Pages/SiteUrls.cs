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
    public static string Feed(Lang lang) => $"{lang.Code()}/feed.xml";
    public static string SearchIndex => "search-index.json";
    public static string Asset(string name) => $"assets/{name}";
    public static string NotFound => "404.html";

    /// <summary>The file a site path is written to: pages get <c>index.html</c>.</summary>
    public static string FileOf(string sitePath) => sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;

    /// <summary>A link from the page at <paramref name="from"/> to <paramref name="to"/>, relative: <c>../../papers/gpt-1/</c>.</summary>
    public static string Relative(string from, string to)
    {
        var fromDir = from.EndsWith('/') || from.Length == 0 ? from : from[..(from.LastIndexOf('/') + 1)];
        var fromParts = fromDir.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var toParts = to.Split('/');
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length - 1 && fromParts[common] == toParts[common]) common++;
        var up = string.Concat(Enumerable.Repeat("../", fromParts.Length - common));
        var rest = string.Join('/', toParts.Skip(common));
        var result = up + rest;
        return result.Length == 0 ? "./" : result;
    }

    /// <summary>An absolute URL where the base URL is absolute, else a root-relative one.</summary>
    public string Absolute(string sitePath) => (IsAbsolute ? BaseUrl : BasePath) + sitePath;

    /// <summary>A root-relative URL under the base path, for pages served at any depth (the 404 page).</summary>
    public string Rooted(string sitePath) => BasePath + sitePath;
}
