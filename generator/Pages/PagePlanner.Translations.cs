using Bibliography.Model;
using Bibliography.Text;

namespace Bibliography.Pages;

// The translation status page: which languages each paper has, and which translation is older than its source.
public sealed partial class PagePlanner
{
    PlannedPage TranslationsPage(Lang lang)
    {
        var path = SiteUrls.Translations(lang);
        var status = bib.Papers.Select(TranslationStatus.Of).ToList();
        string Yes(bool b) => t(lang, b ? "tr_yes" : "tr_no");
        static string Class(bool b) => b ? "yes" : "no";
        var rows = status.Select(s =>
        {
            var p = s.Paper;
            var notesDone = s.CuratorNotesTranslated == s.CuratorNotes;
            var (fresh, freshClass) = s.Freshness switch
            {
                Freshness.UpToDate => (t(lang, "tr_up_to_date"), "yes"),
                Freshness.Stale => (string.Format(t(lang, "tr_stale"), s.Target!.Value.Code(), s.Source!.Value.Code()), "stale"),
                Freshness.Malformed => (t(lang, "tr_malformed"), "stale"),
                _ => (p.HasFragment ? t(lang, "tr_not_tracked") : t(lang, "tr_no_fragment"), "none"),
            };
            return new TranslationRowView(string.Join(", ", p.Listings.Select(l => l.Ref)), SiteUrls.Relative(path, SiteUrls.Paper(lang, p.Id)), p.Facts.LocalTitle(lang),
                Yes(s.AnnotationZh), Class(s.AnnotationZh), Yes(s.AnnotationEn), Class(s.AnnotationEn), Yes(s.TitleZh), Class(s.TitleZh),
                s.CuratorNotes == 0 ? "–" : $"{s.CuratorNotesTranslated}/{s.CuratorNotes}", s.CuratorNotes == 0 ? "none" : Class(notesDone),
                fresh, freshClass);
        }).ToList();
        var complete = status.Count(s => s.IsComplete && s.Paper.HasFragment);
        var stale = status.Count(s => s.Freshness == Freshness.Stale);
        var contributing = ContributingHref(lang) ?? "";
        var view = new TranslationsView(status.Count, complete, stale, string.Format(t(lang, "tr_summary"), status.Count, complete, stale), rows, contributing);
        return new PlannedPage(path, "layouts/translations.html", lang, view, Layout(lang, path, t(lang, "tr_title"), null, "translations",
            new Navigation(Sidebar(lang, path, null, null, null), Crumbs(lang, path, (null, t(lang, "tr_title"))), [], null, null)));
    }
}
