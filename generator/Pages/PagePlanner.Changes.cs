using System.Globalization;
using Bibliography.Content;
using Bibliography.Model;
using Bibliography.Text;

namespace Bibliography.Pages;

// The changes page: what each new export of the list changed, and which papers were annotated when, newest first.
public sealed partial class PagePlanner
{
    PlannedPage ChangesPage(Lang lang)
    {
        var path = SiteUrls.Changes(lang);
        var entries = bib.Changes.Reverse().Select(e => ChangeEntry(lang, e, path)).ToList();
        var nav = new Navigation(Sidebar(lang, path, null, null, null), Crumbs(lang, path, (null, t(lang, "changes_title"))), [], null, null);
        return new PlannedPage(path, "layouts/changes.html", lang, new ChangesView(t(lang, "changes_intro"), entries),
            Layout(lang, path, t(lang, "changes_title"), t(lang, "changes_intro"), "changes", nav));
    }

    /// <summary>An entry's anchor on the changes page (several entries may share a date).</summary>
    public static string ChangeAnchor(Model.Bibliography bib, ChangeEntry e) =>
        "c" + e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (bib.Changes.Count(x => x.Date == e.Date) > 1 ? "-" + e.Pos.Line.ToString(CultureInfo.InvariantCulture) : "");

    ChangeEntryView ChangeEntry(Lang lang, ChangeEntry e, string from)
    {
        string F(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, t(lang, key), args);
        var (note, noteLang) = e.Note[lang] is { } n ? (n, (string?)null) : e.Note[lang.Other()] is { } o ? (o, lang.Other().HtmlLang()) : (null, null);
        var lines = new List<ChangeLineView>();
        // A paper the site still has is linked; its title as the list wrote it is shown either way.
        Paper? Find(string reference, string title) =>
            bib.Papers.FirstOrDefault(p => p.Listings.Any(l => l.Ref == reference) && TextKeys.TitleKey(p.Facts.Title) == TextKeys.TitleKey(title))
            ?? bib.Papers.FirstOrDefault(p => TextKeys.TitleKey(p.Facts.Title) == TextKeys.TitleKey(title) || p.Facts.Aliases.Any(a => TextKeys.TitleKey(a) == TextKeys.TitleKey(title)));
        string? Href(Paper? p) => p is null ? null : SiteUrls.Relative(from, SiteUrls.Paper(lang, p.Id));
        foreach (var a in e.List.Added) lines.Add(new("added", t(lang, "change_added"), a.Ref, Href(Find(a.Ref, a.Title)), a.Title));
        foreach (var r in e.List.Removed)
        {
            var kept = r.Fragment is { } id && bib.PaperById.TryGetValue(id, out var p) ? p : null;
            lines.Add(new("removed", t(lang, "change_removed"), r.Ref + (kept is not null ? " · " + t(lang, "change_kept") : ""), Href(kept), r.Title));
        }
        foreach (var m in e.List.Moved) lines.Add(new("moved", t(lang, "change_moved"), $"{m.From} → {m.To}", Href(Find(m.To, m.Title)), m.Title));
        foreach (var r in e.List.Retitled) lines.Add(new("retitled", t(lang, "change_retitled"), $"{r.Ref}: {r.From} →", Href(Find(r.Ref, r.To)), r.To));
        foreach (var p in e.List.Parts)
            lines.Add(new("part", t(lang, "change_part"), p.From is null ? F("change_part_added", p.Part, p.To!) : p.To is null ? F("change_part_dropped", p.Part, p.From)
                : F("change_part_renamed", p.Part, p.From, p.To), null, null));
        var annotated = e.Annotated.Where(bib.PaperById.ContainsKey).Select(id => bib.PaperById[id])
            .Select(p => new LinkView(SiteUrls.Relative(from, SiteUrls.Paper(lang, p.Id)), (p.Refs is { } r ? r.Split(',')[0] + " " : "") + ShortTitle(p, lang).Label)).ToList();
        return new ChangeEntryView(e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ChangeAnchor(bib, e), note, noteLang, lines, annotated,
            annotated.Count == 0 ? null : Count(lang, "change_annotated", annotated.Count));
    }
}
