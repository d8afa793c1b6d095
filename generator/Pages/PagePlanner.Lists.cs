using Bibliography.Model;
using Bibliography.Text;

namespace Bibliography.Pages;

// The lists beside the curator's numbered list: the editor's additions, and the papers the list no longer has.
public sealed partial class PagePlanner
{
    IEnumerable<Func<PlannedPage>> ListPagePlans(Lang lang)
    {
        yield return () => ListPage(lang, SiteUrls.Additions(lang), t(lang, "additions_title"), t(lang, "additions_intro"), bib.Additions, "additions");
        if (bib.LeftTheList.Count > 0)
            yield return () => ListPage(lang, SiteUrls.LeftTheList(lang), t(lang, "left_title"), t(lang, "left_intro"), bib.LeftTheList, "left");
    }

    PlannedPage ListPage(Lang lang, string path, string title, string intro, IReadOnlyList<Paper> papers, string bodyClass)
    {
        var view = new PaperListView(title, intro, papers.Select(p => Row(lang, p, path)).ToList(), ContributingHref(lang));
        var nav = new Navigation(Sidebar(lang, path, null, null, null), Crumbs(lang, path, (null, title)), [], null, null);
        return new PlannedPage(path, "layouts/list.html", lang, view, Layout(lang, path, title, intro, bodyClass, nav));
    }
}
