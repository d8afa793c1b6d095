using Bibliography.Model;
using Bibliography.Pages;
using Bibliography.Text;

namespace Bibliography.Output;

/// <summary>The files of the site that no template draws: data exports, and (as they are added) feeds, sitemap, citations.</summary>
public static class SiteFiles
{
    /// <param name="pagePaths">Every page's site path for the sitemap (the not-found page left out).</param>
    public static IEnumerable<GeneratedFile> Build(Model.Bibliography bib, IEnumerable<string> pagePaths, BuildSettings settings, Func<Lang, string, string> t) =>
        Data(bib, settings, t).Concat(Index(pagePaths, settings));

    /// <summary>The files made from the bibliography alone: exports, search index, feeds, the print editions' running heads.</summary>
    public static IEnumerable<GeneratedFile> Data(Model.Bibliography bib, BuildSettings settings, Func<Lang, string, string> t)
    {
        var urls = new SiteUrls(settings.BaseUrl);
        yield return DataExport.PapersJson(bib);
        yield return SearchIndex.Build(bib);
        foreach (var file in BibliographyExports.Build(bib)) yield return file;
        foreach (var lang in LangCodes.All) yield return Feeds.Atom(bib, urls, lang, settings.ContentDate, t);
        foreach (var lang in LangCodes.All) yield return PrintHeads.Css(bib, lang, t);
    }

    /// <summary>The files made from the list of pages: the sitemap, and robots.txt that points to it.</summary>
    /// <param name="pagePaths">Every page's site path (the not-found page left out).</param>
    public static IEnumerable<GeneratedFile> Index(IEnumerable<string> pagePaths, BuildSettings settings)
    {
        var urls = new SiteUrls(settings.BaseUrl);
        yield return Feeds.Sitemap(pagePaths, urls);
        yield return Feeds.Robots(urls);
    }
}
