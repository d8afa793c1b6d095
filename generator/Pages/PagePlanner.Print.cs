using System.Globalization;
using Bibliography.Text;
using Bibliography.Content;
using Bibliography.Model;
using Bibliography.Markup;

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
        var layout = Layout(lang, path, bib.Title(lang), bib.Site.Description[lang], both ? "print print-both" : "print", NoNav);
        return new PlannedPage(path, "layouts/print.html", lang, view, layout);
    }

    string PartHeadingIn(Lang lang, Part p) => string.Format(CultureInfo.InvariantCulture, t(lang, "part_heading"), p.Number, p.Title[lang]);

    /// <summary>
    /// Prose for the print edition: cross-references linked to the entry or the part on the same page, and links to other
    /// pages of the site kept as their text (a printed page cannot follow them; links to other sites stay).
    /// </summary>
    Html PrintLinked(string html) => new(LocalLink().Replace(Xrefs.Link(html, target => target.PaperId is { } id
        ? "#" + (bib.PaperById[id].FirstListing?.Anchor ?? "paper-" + id)
        : $"#part-{target.Part}"), "$1"));

    [System.Text.RegularExpressions.GeneratedRegex("<a href=\"(?![a-zA-Z][a-zA-Z0-9+.-]*:|#)[^\"]*\"[^>]*>(.*?)</a>")]
    private static partial System.Text.RegularExpressions.Regex LocalLink();

    PrintEntryView PrintEntry(Lang lang, PartEntry entry, bool both, bool first)
    {
        var paper = bib.PaperById[entry.PaperId];
        var l = entry.Listing;
        var title = paper.Facts.LocalTitle(lang);
        var otherTitle = lang == Lang.Zh ? (title == paper.Facts.Title ? null : paper.Facts.Title) : paper.Facts.TitleZh;
        var notes = l.NoteLines.Count > 0 ? CuratorText.Paragraphs(l.NoteLines) : null;
        var noteEn = (lang == Lang.En || both) && l.NoteEn is not null ? Html.Paragraphs(l.NoteEn.Split('\n').Select(s => s.Trim())) : null;
        var kind = paper.Facts.Kind == PaperKind.Paper ? null : t(lang, "kind_" + paper.Facts.Kind.Name());
        var otherHtmlLang = otherTitle is null ? null : lang.Other().HtmlLang();

        if (!first)
        {
            var at = paper.FirstListing;
            return new PrintEntryView(l.Ref, l.Anchor, title, otherTitle, otherHtmlLang, kind, l.IsMention, at.Ref, "#" + at.Anchor,
                [], [], CuratorText.Line(l.SeedLine), notes, noteEn, [], null);
        }

        var facts = new List<FactView>();
        if (AuthorsText(lang, paper.Facts.Authors) is { } authors) facts.Add(new FactView(t(lang, "authors"), authors));
        if (paper.Facts.Year is { } y) facts.Add(new FactView(t(lang, "year"), y.ToString(CultureInfo.InvariantCulture)));
        if (paper.Facts.Venue is not null) facts.Add(new FactView(t(lang, "venue"), paper.Facts.Venue));

        var links = new List<PrintLinkView>();
        if (paper.Facts.ArxivAbsUrl is { } abs) links.Add(new PrintLinkView(abs, $"arXiv:{paper.Facts.Arxiv}", true));
        if (paper.Facts.DoiUrl is { } doi) links.Add(new PrintLinkView(doi, $"doi:{paper.Facts.Doi}", true));
        if (paper.Facts.Arxiv is null && paper.Facts.Doi is null && (paper.Facts.Url ?? paper.Facts.Pdf) is { } url) links.Add(new PrintLinkView(url, url, true));
        if (paper.Facts.Code is { } code) links.Add(new PrintLinkView(code, t(lang, "link_code"), false));

        var annotations = new List<PrintTextView>();
        if (both)
        {
            foreach (var shown in new[] { lang, lang.Other() })
                if (paper.Writing.Annotation.Html()[shown] is { } html)
                    annotations.Add(new PrintTextView(t(lang, "print_annotation_in_" + shown.Code()), new TextView(PrintLinked(html), shown.Code(), shown.HtmlLang(), false)));
        }
        else
        {
            var (html, got, fallback) = paper.Writing.Annotation.Html().Pick(lang);
            if (html is not null) annotations.Add(new PrintTextView(null, new TextView(PrintLinked(html), got.Code(), got.HtmlLang(), fallback)));
        }

        return new PrintEntryView(l.Ref, l.Anchor, title, otherTitle, otherHtmlLang, kind, l.IsMention, null, null,
            facts, links, CuratorText.Line(l.SeedLine), notes, noteEn, annotations, cites.GetValueOrDefault((lang, paper.Id))?.Formatted);
    }
}
