using System.Globalization;
using Bibliography.Citations;
using Bibliography.Text;
using Bibliography.Content;
using Bibliography.Model;
using Bibliography.Markup;

namespace Bibliography.Pages;

// The print edition: the whole bibliography on one page per language (and one with both languages), made to be
// printed or turned into a PDF. It links to no other page of the site (a PDF cannot follow relative links); external
// links show a short address and keep the full one as their target.
public sealed partial class PagePlanner
{
    /// <summary>The relative path of a language's built PDF, beside the site (<c>pdf/bibliography.en.pdf</c>).</summary>
    public static string PdfPath(Lang lang) => $"pdf/bibliography.{lang.Code()}.pdf";

    /// <summary>The anchors of the print edition's back matter, which the contents link to.</summary>
    public const string AdditionsAnchor = "additions", AuthorIndexAnchor = "index-authors", TagIndexAnchor = "index-tags", ColophonAnchor = "colophon";

    /// <summary>"Download PDF" where the build prints PDFs; nothing otherwise, so no link ever points at a missing file.</summary>
    IEnumerable<LinkView> PdfDownloads(Lang lang, string from) =>
        settings.PdfChrome is null ? [] : [new LinkView(SiteUrls.Relative(from, PdfPath(lang)), t(lang, "print_download_pdf"))];

    PlannedPage PrintPage(Lang lang, bool both)
    {
        var path = both ? SiteUrls.PrintBoth(lang) : SiteUrls.Print(lang);
        var other = lang.Other();
        var firstListing = new HashSet<string>(StringComparer.Ordinal);
        var parts = bib.Parts.Select(part => new PrintPartView(part.Number, PartHeading(lang, part),
            both ? PartHeadingIn(other, part) : null, both ? other.HtmlLang() : null, $"part-{part.Number}", null,
            part.Entries.Select(e => PrintEntry(lang, e.PaperId, e.Listing, both, firstListing.Add(e.PaperId))).ToList())).ToList();
        var additions = bib.Additions.Count == 0 ? null : new PrintPartView(0, t(lang, "print_additions"),
            both ? t(other, "print_additions") : null, both ? other.HtmlLang() : null, AdditionsAnchor, t(lang, "print_additions_note"),
            bib.Additions.Select(p => PrintEntry(lang, p.Id, null, both, first: true)).ToList());
        var indexes = new List<PrintIndexView> { AuthorIndex(lang, parts, additions), TagIndex(lang, parts, additions) };

        var contents = parts.Select(p => new PrintTocLineView(p.Anchor, p.Title, p.OtherTitle, p.OtherHtmlLang)).ToList();
        if (additions is not null) contents.Add(new PrintTocLineView(additions.Anchor, additions.Title, additions.OtherTitle, additions.OtherHtmlLang));
        contents.AddRange(indexes.Select(i => new PrintTocLineView(i.Anchor, i.Title, null, null)));
        contents.Add(new PrintTocLineView(ColophonAnchor, t(lang, "print_colophon"), null, null));

        var controls = new List<LinkView>(PdfDownloads(lang, path))
        {
            both ? new LinkView(SiteUrls.Relative(path, SiteUrls.Print(lang)), t(lang, "print_single"))
                 : new LinkView(SiteUrls.Relative(path, SiteUrls.PrintBoth(lang)), t(lang, "print_both")),
            new LinkView(SiteUrls.Relative(path, SiteUrls.Home(lang)), t(lang, "print_back_home")),
        };
        var siteUrl = urls.IsAbsolute ? urls.Absolute(SiteUrls.Home(lang)) : null;
        var titlePage = new PrintTitlePageView(settings.ContentDate, bib.SeedTitle, bib.Site.Author, siteUrl,
            siteUrl is null ? null : PrintUrls.Breakable(PrintUrls.Short(siteUrl)), bib.Site.Licence);
        var view = new PrintView(bib.Title(lang), both ? bib.Title(other) : null, both ? other.HtmlLang() : null,
            bib.Site.Description[lang], titlePage, both, parts, additions, indexes, contents, controls);
        // The page's <title> is the site's title: it becomes the title of the PDF. Its stylesheet of running heads
        // names each part on the pages the part fills.
        var layout = Layout(lang, path, bib.Title(lang), bib.Site.Description[lang], both ? "print print-both" : "print", NoNav);
        layout = layout with { Assets = layout.Assets with { PrintStyles = [SiteUrls.Relative(path, SiteUrls.PrintHeads(lang))] } };
        return new PlannedPage(path, "layouts/print.html", lang, view, layout);
    }

    string PartHeadingIn(Lang lang, Part p) => string.Format(CultureInfo.InvariantCulture, t(lang, "part_heading"), lang.PartNumber(p.Number), p.Title[lang]);

    /// <summary>
    /// Prose for the print edition: cross-references linked to the entry or the part on the same page, links to other
    /// pages of the site kept as their text (a printed page cannot follow them), and the short address of each link to
    /// another site.
    /// </summary>
    Html PrintLinked(string html) => new(PrintUrls.ShowAddresses(LocalLink().Replace(Xrefs.Link(html, target => target.PaperId is { } id
        ? "#" + PrintAnchor(bib.PaperById[id])
        : $"#part-{target.Part}"), "$1")));

    [System.Text.RegularExpressions.GeneratedRegex("<a href=\"(?![a-zA-Z][a-zA-Z0-9+.-]*:|#)[^\"]*\"[^>]*>(.*?)</a>")]
    private static partial System.Text.RegularExpressions.Regex LocalLink();

    /// <summary>Where a paper is printed in full: its first listing, or (an editor's addition) its own anchor.</summary>
    static string PrintAnchor(Paper p) => p.FirstListing?.Anchor ?? "paper-" + p.Id;

    /// <param name="l">The listing printed here; null for an editor's addition.</param>
    /// <param name="first">Whether the paper is printed in full here (its first listing).</param>
    PrintEntryView PrintEntry(Lang lang, string paperId, Listing? l, bool both, bool first)
    {
        var paper = bib.PaperById[paperId];
        var title = paper.Facts.LocalTitle(lang);
        var otherTitle = paper.Facts.OtherTitle(lang);
        var otherHtmlLang = otherTitle is null ? null : lang.Other().HtmlLang();
        var kind = KindLabel(lang, paper);
        var seedLine = l is not null && AsListed(l, paper) is { } listed ? PrintUrls.BreakAddresses(listed) : null;
        var notes = l is { NoteLines.Count: > 0 } ? PrintUrls.BreakAddresses(CuratorText.Paragraphs(l.NoteLines)) : null;
        var noteEn = (lang == Lang.En || both) && l?.NoteEn is not null ? Html.Paragraphs(l.NoteEn.Split('\n').Select(s => s.Trim())) : null;
        var anchor = l?.Anchor ?? PrintAnchor(paper);

        if (!first)
        {
            var at = paper.FirstListing!;
            return new PrintEntryView(l!.Ref, anchor, title, otherTitle, otherHtmlLang, kind, l.IsMention, at.Ref, "#" + at.Anchor,
                null, null, [], [], seedLine, notes, noteEn, [], [], null, null);
        }

        var published = new List<string>();
        if (paper.Facts.Year is { } y) published.Add(y.ToString(CultureInfo.InvariantCulture));
        if (paper.Facts.Venue is not null) published.Add(paper.Facts.Venue);

        var links = new List<PrintLinkView>();
        if (paper.Facts.ArxivAbsUrl is { } abs) links.Add(new PrintLinkView(abs, null, PrintUrls.Breakable($"arXiv:{paper.Facts.Arxiv}")));
        if (paper.Facts.DoiUrl is { } doi) links.Add(new PrintLinkView(doi, null, PrintUrls.Breakable($"doi:{paper.Facts.Doi}")));
        if (paper.Facts.Arxiv is null && paper.Facts.Doi is null && (paper.Facts.Url ?? paper.Facts.Pdf) is { } url)
            links.Add(new PrintLinkView(url, null, PrintUrls.Breakable(PrintUrls.Short(url))));
        if (paper.Facts.Code is { } code) links.Add(new PrintLinkView(code, t(lang, "link_code"), PrintUrls.Breakable(PrintUrls.Short(code))));

        var tags = paper.Facts.Tags.Where(bib.TagById.ContainsKey).Select(id => bib.TagById[id].Label[lang]).ToList();

        return new PrintEntryView(l?.Ref, anchor, title, otherTitle, otherHtmlLang, kind, l?.IsMention ?? false, null, null,
            AuthorsText(lang, paper.Facts.Authors), published.Count == 0 ? null : string.Join(" · ", published), links, tags,
            seedLine, notes, noteEn,
            PrintTexts(lang, paper.Writing.Annotation.Html(), both, "print_annotation_in_"),
            PrintTexts(lang, paper.Writing.Context.Html(), both, "print_context_in_"),
            PrintTexts(lang, paper.Writing.EditorNote.Html(), both: false, "").FirstOrDefault(),
            cites.GetValueOrDefault((lang, paper.Id))?.Formatted is { } cite ? PrintUrls.BreakAddresses(cite) : null);
    }

    /// <summary>
    /// A text in the edition's language (or, flagged, in the other where it has none); in the both-languages edition
    /// each language's text with a heading naming the language.
    /// </summary>
    List<PrintTextView> PrintTexts(Lang lang, Bilingual<string?> html, bool both, string headingKey)
    {
        var texts = new List<PrintTextView>();
        if (both)
        {
            foreach (var shown in new[] { lang, lang.Other() })
                if (html[shown] is { } h)
                    texts.Add(new PrintTextView(t(lang, headingKey + shown.Code()), new TextView(PrintLinked(h), shown.Code(), shown.HtmlLang(), false)));
            return texts;
        }
        var (text, got, fallback) = html.Pick(lang);
        if (text is not null) texts.Add(new PrintTextView(null, new TextView(PrintLinked(text), got.Code(), got.HtmlLang(), fallback)));
        return texts;
    }

    /// <summary>Every named author of the papers printed in full, family name first, under the initial of the family name.</summary>
    PrintIndexView AuthorIndex(Lang lang, IReadOnlyList<PrintPartView> parts, PrintPartView? additions)
    {
        var places = new Dictionary<string, List<PrintIndexRefView>>(StringComparer.Ordinal);
        foreach (var (paper, entry) in PrintedInFull(parts, additions))
            foreach (var author in paper.Facts.NamedAuthors.Distinct(StringComparer.Ordinal))
            {
                if (!places.TryGetValue(author, out var list)) places[author] = list = [];
                list.Add(new PrintIndexRefView(entry.Anchor, entry.Ref ?? "+"));
            }
        var entries = places.Select(kv =>
        {
            var name = PersonName.Parse(kv.Key);
            var term = name.IsOrganization || name.Given.Length == 0 ? name.Family : $"{name.Family}, {name.Given}";
            return (Key: (Fold(name.Family), Fold(name.Given), kv.Key), Entry: new PrintIndexEntryView(term, null, null, kv.Value));
        }).OrderBy(e => e.Key.Item1, StringComparer.Ordinal).ThenBy(e => e.Key.Item2, StringComparer.Ordinal).ThenBy(e => e.Key.Item3, StringComparer.Ordinal).ToList();
        var groups = entries.GroupBy(e => Initial(e.Key.Item1)).Select(g => new PrintIndexGroupView(g.Key, g.Select(e => e.Entry).ToList())).ToList();
        return new PrintIndexView(AuthorIndexAnchor, t(lang, "print_index_authors"), t(lang, "print_index_note"), groups);
    }

    /// <summary>
    /// Every tag with the papers that carry it: in English alphabetically, in Chinese in the vocabulary's order (the
    /// order of the site's tag index; the build has no Chinese collation), with the English label beside it.
    /// </summary>
    PrintIndexView TagIndex(Lang lang, IReadOnlyList<PrintPartView> parts, PrintPartView? additions)
    {
        var refs = new Dictionary<string, List<PrintIndexRefView>>(StringComparer.Ordinal);
        foreach (var (paper, entry) in PrintedInFull(parts, additions))
            foreach (var id in paper.Facts.Tags.Distinct(StringComparer.Ordinal))
            {
                if (!refs.TryGetValue(id, out var list)) refs[id] = list = [];
                list.Add(new PrintIndexRefView(entry.Anchor, entry.Ref ?? "+"));
            }
        var tags = bib.Tags.Where(tag => refs.ContainsKey(tag.Id)).Select(tag => (Tag: tag, Refs: refs[tag.Id])).ToList();
        if (lang == Lang.En) tags = tags.OrderBy(x => x.Tag.Label.En, StringComparer.OrdinalIgnoreCase).ToList();
        var entries = tags.Select(x => new PrintIndexEntryView(x.Tag.Label[lang], null,
            lang == Lang.Zh && x.Tag.Label.En != x.Tag.Label.Zh ? x.Tag.Label.En : null, x.Refs)).ToList();
        return new PrintIndexView(TagIndexAnchor, t(lang, "print_index_tags"), t(lang, "print_index_note"), [new PrintIndexGroupView(null, entries)]);
    }

    IEnumerable<(Paper Paper, PrintEntryView Entry)> PrintedInFull(IReadOnlyList<PrintPartView> parts, PrintPartView? additions)
    {
        var byAnchor = new Dictionary<string, Paper>(StringComparer.Ordinal);
        foreach (var p in bib.Papers) byAnchor.TryAdd(PrintAnchor(p), p);
        foreach (var entry in parts.SelectMany(p => p.Entries).Concat(additions?.Entries ?? []).Where(e => e.SeeRef is null))
            yield return (byAnchor[entry.Anchor], entry);
    }

    static string Fold(string s) => PersonName.AsciiFold(s) is { Length: > 0 } k ? k : s.ToLowerInvariant();

    static string Initial(string folded) => folded.Length > 0 && char.IsAsciiLetter(folded[0]) ? char.ToUpperInvariant(folded[0]).ToString() : "#";
}
