using Bibliography.Model;
using Bibliography.Text;

namespace Bibliography.Pages;

// Reader's pages: search and the 404 page.
public sealed partial class PagePlanner
{
    /// <summary>Queries the search page offers as examples, one in each script.</summary>
    static readonly string[] ExampleQueries = ["思维链", "扩散", "rlhf", "lora"];

    PlannedPage SearchPage(Lang lang)
    {
        var path = SiteUrls.Search(lang);
        var examples = ExampleQueries.Select(q => new LinkView("?q=" + Uri.EscapeDataString(q), q)).ToList();
        var view = new SearchView(SiteUrls.Relative(path, SiteUrls.SearchIndex), SiteUrls.Relative(path, SiteUrls.AllPapers(lang)), examples);
        var layout = Layout(lang, path, t(lang, "search_title"), null, "search");
        // The engine and the index load on this page only; every other page stays light.
        string[] scripts = [SiteUrls.Relative(path, SiteUrls.Asset("vendor/minisearch/minisearch.js")), SiteUrls.Relative(path, SiteUrls.Asset("search.js"))];
        return new PlannedPage(path, "layouts/search.html", lang, view, layout with { Scripts = [.. layout.Scripts, .. scripts] });
    }

    /// <summary>
    /// <c>404.html</c>: both languages on one page. GitHub Pages serves it for any missing path at any depth,
    /// so relative links would break; every link is rooted under the base path instead.
    /// </summary>
    PlannedPage NotFoundPage()
    {
        var path = SiteUrls.NotFound;
        NotFoundTextView Text(Lang l) => new(l.Code(), l.HtmlLang(), t(l, "not_found_title"), t(l, "not_found_text"),
        [
            new LinkView(urls.Rooted(SiteUrls.Home(l)), t(l, "nav_home")),
            new LinkView(urls.Rooted(SiteUrls.Search(l)), t(l, "nav_search")),
            new LinkView(urls.Rooted(SiteUrls.AllPapers(l)), t(l, "nav_papers")),
        ]);
        var view = new NotFoundView([Text(Lang.Zh), Text(Lang.En)], urls.Rooted(SiteUrls.Root));
        var title = $"{t(Lang.Zh, "not_found_title")} · {t(Lang.En, "not_found_title")}";
        var layout = Layout(Lang.Zh, path, title, null, "not-found");
        return new PlannedPage(path, "layouts/404.html", null, view, layout with
        {
            Alternates = [],
            SwitchHref = null,
            Nav = [],
            Meta = [new MetaView("name", "robots", "noindex")],
            Root = urls.Rooted(SiteUrls.Root),
            HomeHref = urls.Rooted(SiteUrls.Root),
            FeedHref = null,
            PrintHref = null,
            SearchHref = urls.Rooted(SiteUrls.Search(Lang.Zh)),
            Scripts = [urls.Rooted(SiteUrls.Asset("site.js"))],
            Css = urls.Rooted(SiteUrls.Asset("site.css")),
            PrintCss = urls.Rooted(SiteUrls.Asset("print.css")),
            Favicon = urls.Rooted(SiteUrls.Asset("favicon.svg")),
        });
    }
}
