using System.Globalization;
using Bibliography.Model;
using Bibliography.Rendering;

namespace Bibliography.Pages;

// The print edition: the whole bibliography on one page per language (and one with both languages), made to be
// printed or turned into a PDF. It links to no other page of the site (a PDF cannot follow relative links); external
// links are printed with their targets.
public sealed partial class PagePlanner
{
    /// <summary>The relative path of a language's built PDF, beside the site (<c>pdf/bibliography.en.pdf</c>).</summary>
    public static string PdfPath(Lang lang) => $"pdf/bibliography.{lang.Code()}.pdf";

    IEnumerable<PlannedPage> PrintPages(Lang lang)
    {
        yield return PrintPage(lang, both: false);
        yield return PrintPage(lang, both: true);
    }

    /// <summary>"Download PDF" where the build prints PDFs; nothing otherwise, so no link ever points at a missing file.</summary>
    IEnumerable<LinkView> PdfDownloads(Lang lang, string from) =>
        settings.PdfChrome is null ? [] : [new LinkView(SiteUrls.Relative(from, PdfPath(lang)), t(lang, "download_pdf"))];

    /// <summary>The home page's links to the print edition and, where built, the PDF.</summary>
    IEnumerable<LinkView> PrintDownloads(Lang lang, string from) =>
        PdfDownloads(lang, from).Append(new LinkView(SiteUrls.Relative(from, SiteUrls.Print(lang)), t(lang, "nav_print")));

    PlannedPage PrintPage(Lang lang, bool both)
    {
        var path = both ? SiteUrls.PrintBoth(lang) : SiteUrls.Print(lang);
        var other = lang.Other();
        var firstListing = new HashSet<string>(StringComparer.Ordinal);
        var parts = bib.Parts.Select(part => new PrintPartView(part.Number, PartHeading(lang, part),
            both ? PartHeadingIn(other, part) : null, both ? other.HtmlLang() : null, $"part-{part.Number}",
            part.Entries.Select(e => PrintEntry(lang, e, both, firstListing.Add(e.PaperId))).ToList())).ToList();

        var controls = new List<LinkView>(PdfDownloads(lang, path))
        {
            both ? new LinkView(SiteUrls.Relative(path, SiteUrls.Print(lang)), t(lang, "print_single"))
                 : new LinkView(SiteUrls.Relative(path, SiteUrls.PrintBoth(lang)), t(lang, "print_both")),
            new LinkView(SiteUrls.Relative(path, SiteUrls.Home(lang)), t(lang, "print_back_home")),
        };
        var view = new PrintView(bib.Title(lang), both ? bib.Title(other) : null, both ? other.HtmlLang() : null,
            bib.Site.Description[lang], settings.ContentDate, urls.IsAbsolute ? urls.Absolute(SiteUrls.Home(lang)) : null, both, parts, controls);
        // The page's <title> is the site's title: it becomes the title of the PDF.
        var layout = Layout(lang, path, bib.Title(lang), bib.Site.Description[lang], both ? "print print-both" : "print");
        return new PlannedPage(path, "layouts/print.html", lang, view, layout);
    }

    string PartHeadingIn(Lang lang, Part p) => string.Format(CultureInfo.InvariantCulture, t(lang, "part_heading"), p.Number, p.Title[lang]);

    PrintEntryView PrintEntry(Lang lang, PartEntry entry, bool both, bool first)
    {
        var paper = bib.PaperById[entry.PaperId];
        var l = entry.Listing;
        var title = paper.LocalTitle(lang);
        var otherTitle = lang == Lang.Zh ? (title == paper.Title ? null : paper.Title) : paper.TitleZh;
        var notes = l.NoteLines.Count > 0 ? CuratorText.Paragraphs(l.NoteLines) : null;
        var noteEn = (lang == Lang.En || both) && l.NoteEn is not null ? Html.Paragraphs(l.NoteEn.Split('\n').Select(s => s.Trim())) : null;
        var kind = paper.Kind == PaperKind.Paper ? null : t(lang, "kind_" + paper.Kind.Name());
        var otherHtmlLang = otherTitle is null ? null : lang.Other().HtmlLang();

        if (!first)
        {
            var at = paper.FirstListing;
            return new PrintEntryView(l.Ref, l.Anchor, title, otherTitle, otherHtmlLang, kind, l.IsMention, at.Ref, "#" + at.Anchor,
                [], [], CuratorText.Line(l.SeedLine), notes, noteEn, [], null);
        }

        var facts = new List<FactView>();
        if (AuthorsText(lang, paper.Authors) is { } authors) facts.Add(new FactView(t(lang, "authors"), authors));
        if (paper.Year is { } y) facts.Add(new FactView(t(lang, "year"), y.ToString(CultureInfo.InvariantCulture)));
        if (paper.Venue is not null) facts.Add(new FactView(t(lang, "venue"), paper.Venue));

        var links = new List<PrintLinkView>();
        if (paper.ArxivAbsUrl is { } abs) links.Add(new PrintLinkView(abs, $"arXiv:{paper.Arxiv}", true));
        if (paper.DoiUrl is { } doi) links.Add(new PrintLinkView(doi, $"doi:{paper.Doi}", true));
        if (paper.Arxiv is null && paper.Doi is null && (paper.Url ?? paper.Pdf) is { } url) links.Add(new PrintLinkView(url, url, true));
        if (paper.Code is { } code) links.Add(new PrintLinkView(code, t(lang, "link_code"), false));

        var annotations = new List<PrintTextView>();
        if (both)
        {
            foreach (var shown in new[] { lang, lang.Other() })
                if (paper.AnnotationHtml[shown] is { } html)
                    annotations.Add(new PrintTextView(t(lang, "print_annotation_in_" + shown.Code()), new TextView(new Html(html), shown.Code(), shown.HtmlLang(), false)));
        }
        else
        {
            var (html, got, fallback) = paper.AnnotationHtml.Pick(lang);
            if (html is not null) annotations.Add(new PrintTextView(null, new TextView(new Html(html), got.Code(), got.HtmlLang(), fallback)));
        }

        return new PrintEntryView(l.Ref, l.Anchor, title, otherTitle, otherHtmlLang, kind, l.IsMention, null, null,
            facts, links, CuratorText.Line(l.SeedLine), notes, noteEn, annotations, Cite(lang, paper)?.Formatted);
    }
}
