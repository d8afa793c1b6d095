using System.Globalization;
using Bibliography.Markup;
using Bibliography.Model;
using Bibliography.Text;

namespace Bibliography.Pages;

// The home page of a language: what the list is, its parts, where to start, the curator's preface (folded), downloads.
public sealed partial class PagePlanner
{
    PlannedPage Home(Lang lang)
    {
        var path = SiteUrls.Home(lang);
        string R(string to) => SiteUrls.Relative(path, to);

        var parts = bib.Parts.Select(p => new PartCardView(p.Number, PartLabel(lang, p.Number), p.Title[lang], R(SiteUrls.Part(lang, p.Number)),
            p.ItemCount, string.Join(' ', p.Entries.Where(e => !e.Listing.IsMention).Select(e => e.PaperId).Distinct()), null)).ToList();

        var lists = new List<LinkView> { new(R(SiteUrls.Additions(lang)), $"{t(lang, "additions_title")} · {Count(lang, "papers_n", bib.Additions.Count)}") };
        if (bib.LeftTheList.Count > 0) lists.Add(new(R(SiteUrls.LeftTheList(lang)), $"{t(lang, "left_title")} · {Count(lang, "papers_n", bib.LeftTheList.Count)}"));

        var start = bib.Site.StartHere.Where(s => bib.PaperById.ContainsKey(s.PaperId)).Select(s =>
        {
            var p = bib.PaperById[s.PaperId];
            return new StartView(R(SiteUrls.Paper(lang, p.Id)), p.Refs?.Split(',')[0] ?? "", p.Facts.LocalTitle(lang), s.Why[lang] ?? s.Why[lang.Other()] ?? "", p.Id);
        }).ToList();

        TextView? preface;
        if (lang == Lang.En && bib.Site.PrefaceEnMarkdown is { } en)
            preface = new TextView(new Html(MarkdownRenderer.ToHtml(en)), "en", Lang.En.HtmlLang(), false);
        else
            preface = bib.PrefaceZhLines.Count == 0 ? null : new TextView(Html.Paragraphs(bib.PrefaceZhLines), "zh", Lang.Zh.HtmlLang(), lang != Lang.Zh);

        var stats = string.Format(CultureInfo.InvariantCulture, t(lang, "papers_count"), bib.Papers.Count(p => p.IsListed), bib.ItemCount, bib.Parts.Count);
        var view = new HomeView(bib.Title(lang), bib.Site.Description[lang], parts, lists, start, preface, stats, Downloads(lang, path));

        var toc = new List<TocEntry> { new("parts", t(lang, "parts_title")) };
        if (start.Count > 0) toc.Add(new("start", t(lang, "start_title")));
        toc.Add(new("progress", t(lang, "progress_title")));
        if (preface is not null) toc.Add(new("preface", t(lang, "intro_title")));
        toc.Add(new("downloads", t(lang, "downloads")));
        var nav = new Navigation(Sidebar(lang, path, null, null, null), [], toc, null, null);
        return new PlannedPage(path, "layouts/home.html", lang, view, Layout(lang, path, bib.Title(lang), bib.Site.Description[lang], "home", nav));
    }

    /// <summary>What the site offers as files: the print edition and its PDF (where built), the data in four formats, the feed.</summary>
    IReadOnlyList<DownloadView> Downloads(Lang lang, string from)
    {
        string R(string to) => SiteUrls.Relative(from, to);
        var list = new List<DownloadView>();
        if (settings.PdfChrome is not null) list.Add(new(R(PdfPath(lang)), t(lang, "download_pdf"), t(lang, "download_pdf_hint")));
        list.Add(new(R(SiteUrls.Print(lang)), t(lang, "nav_print"), t(lang, "download_print_hint")));
        list.Add(new(R("bibliography.bib"), "BibTeX", t(lang, "download_bib_hint")));
        list.Add(new(R("bibliography.ris"), "RIS", t(lang, "download_ris_hint")));
        list.Add(new(R("bibliography.json"), "CSL-JSON", t(lang, "download_csl_hint")));
        list.Add(new(R("papers.json"), "papers.json", t(lang, "download_json_hint")));
        list.Add(new(R(SiteUrls.Feed(lang)), "Atom", t(lang, "download_feed_hint")));
        return list;
    }
}
