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
        var nav = new Navigation(Sidebar(lang, path, null, null, null), Crumbs(lang, path, (null, t(lang, "search_title"))), [], null, null);
        var layout = Layout(lang, path, t(lang, "search_title"), null, "search", nav);
        // The engine and the index load with this page; elsewhere they load when the header's search box is first used.
        string[] scripts = [SiteUrls.Relative(path, SiteUrls.Asset("vendor/minisearch/minisearch.js")), SiteUrls.Relative(path, SiteUrls.Asset("search.js"))];
        return new PlannedPage(path, "layouts/search.html", lang, view, layout with { Assets = layout.Assets with { Scripts = [.. layout.Assets.Scripts, .. scripts] } });
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
        var layout = Layout(Lang.Zh, path, title, null, "not-found", NoNav);
        string Rooted(string to) => urls.Rooted(to);
        return new PlannedPage(path, "layouts/404.html", null, view, layout with
        {
            Page = layout.Page with { Meta = [new MetaView("name", "robots", "noindex")], SiteTitle = title },
            Languages = new LanguageLinks([], null, layout.Languages.SwitchLabel, layout.Languages.SwitchHtmlLang),
            Site = new SiteLinks(Rooted(SiteUrls.Root), Rooted(SiteUrls.Root), Rooted(SiteUrls.Search(Lang.Zh)), null, null,
                Rooted(SiteUrls.AllPapers(Lang.Zh)), Rooted(SiteUrls.Translations(Lang.Zh)), Rooted(SiteUrls.Changes(Lang.Zh))),
            Assets = new AssetLinks(Rooted(SiteUrls.Asset("site.css")), Rooted(SiteUrls.Asset("print.css")), Rooted(SiteUrls.Asset("favicon.svg")),
                Rooted(SiteUrls.Asset("theme.js")), [Rooted(SiteUrls.Asset("site.js"))],
                string.Join(' ', Rooted(SiteUrls.Asset("vendor/minisearch/minisearch.js")), Rooted(SiteUrls.Asset("search.js")), Rooted(SiteUrls.SearchIndex))),
        });
    }
}
