using System.Globalization;
using System.Text.RegularExpressions;
using Bibliography.Model;
using Bibliography.Text;

namespace Bibliography.Pages;

// A part page: each item with its number, titles, byline, tags, the first sentence of its annotation and the curator's note.
public sealed partial class PagePlanner
{
    PlannedPage PartPage(Lang lang, Part part)
    {
        var path = SiteUrls.Part(lang, part.Number);
        var items = part.Entries.Select(e => Item(lang, e, path)).ToList();
        var stats = Count(lang, "items_count", part.ItemCount)
            + (part.DeclaredCount is { } said && said != part.ItemCount ? " · " + string.Format(CultureInfo.InvariantCulture, t(lang, "heading_says"), said) : "")
            + (items.Count(i => !i.HasAnnotation) is > 0 and var wanted ? " · " + Count(lang, "wanted_count", wanted) : "");
        var view = new PartView(part.Number, PartHeading(lang, part), stats, items, PartChart(lang, part));

        var index = bib.Parts.ToList().IndexOf(part);
        LinkView? Link(Part? p) => p is null ? null : new LinkView(SiteUrls.Relative(path, SiteUrls.Part(lang, p.Number)), PartHeading(lang, p));
        var nav = new Navigation(Sidebar(lang, path, part.Number, null, null), Crumbs(lang, path, (null, PartLabel(lang, part.Number))), [],
            Link(index > 0 ? bib.Parts[index - 1] : null), Link(index + 1 < bib.Parts.Count ? bib.Parts[index + 1] : null));
        return new PlannedPage(path, "layouts/part.html", lang, view, Layout(lang, path, PartHeading(lang, part), null, "part", nav));
    }

    ItemView Item(Lang lang, PartEntry entry, string from)
    {
        var paper = bib.PaperById[entry.PaperId];
        var l = entry.Listing;
        var other = paper.Facts.OtherTitle(lang);
        var (lead, leadLang) = Lead(paper, lang);
        return new ItemView(l.Ref, l.Anchor, SiteUrls.Relative(from, SiteUrls.Paper(lang, paper.Id)), paper.Id, paper.Facts.LocalTitle(lang),
            other, other is null ? null : lang.Other().HtmlLang(), Byline(lang, paper), KindLabel(lang, paper), l.IsMention, paper.HasFragment,
            lead, leadLang, CuratorNote(lang, paper, l, from), TagLinks(lang, paper, from));
    }

    string? KindLabel(Lang lang, Paper p) => p.Facts.Kind == Content.PaperKind.Paper ? null : t(lang, "kind_" + Content.PaperKinds.Name(p.Facts.Kind));

    /// <summary>
    /// The line as the list gives it, where it says more than the title (a mention's line always), so that no page
    /// prints the title twice. Compared with the title only: an alias is often the list's own wording, which is exactly
    /// what a reader should see.
    /// </summary>
    static Html? AsListed(Listing l, Paper paper) =>
        !l.IsMention && TextKeys.TitleKey(l.SeedLine) == TextKeys.TitleKey(paper.Facts.Title) ? null : CuratorText.Line(l.SeedLine);

    /// <summary>The curator's words for a listing, labelled; the line as listed only where it says more than the title.</summary>
    CuratorNoteView? CuratorNote(Lang lang, Paper paper, Listing l, string from)
    {
        var asListed = AsListed(l, paper);
        var notes = l.NoteLines.Any(n => n.Length > 0) ? CuratorText.Paragraphs(l.NoteLines) : null;
        var noteEn = lang == Lang.En && l.NoteEn is not null ? Html.Paragraphs(l.NoteEn.Split('\n').Select(s => s.Trim())) : null;
        if (asListed is null && notes is null) return null;
        var partHref = SiteUrls.Relative(from, SiteUrls.Part(lang, l.Part));
        return new CuratorNoteView(l.Ref, partHref + "#" + l.Anchor, PartLabel(lang, l.Part), partHref, l.IsMention, asListed, notes, noteEn);
    }

    /// <summary>
    /// The first sentence of the annotation in the page's language (or the other's, marked), as plain text: a list
    /// says what each paper is in one line, its page says the rest.
    /// </summary>
    static (Html? Lead, string? HtmlLang) Lead(Paper p, Lang lang)
    {
        var (text, got) = p.Writing.Annotation[lang] is { } here ? (here.Text, lang) : p.Writing.Annotation[lang.Other()] is { } there ? (there.Text, lang.Other()) : (null, lang);
        if (text is null) return (null, null);
        var sentence = FirstSentence(text);
        return (new Html(Html.Escape(sentence)), got == lang ? null : got.HtmlLang());
    }

    /// <summary>Up to the first full stop that ends a sentence (not "e.g.", "et al." or "41.0"); at most about 260 characters.</summary>
    public static string FirstSentence(string text)
    {
        text = text.Trim();
        var m = SentenceEnd().Match(text);
        var sentence = m.Success ? text[..(m.Index + m.Length)] : text;
        if (sentence.Length <= 260) return sentence;
        var cut = sentence.LastIndexOf(' ', 250);
        return (cut > 120 ? sentence[..cut] : sentence[..250]).TrimEnd(',', ';', '，', '；') + "…";
    }

    [GeneratedRegex(@"(?<!\b(?:e\.g|i\.e|et al|vs|cf|Fig|No)\.?)([.!?])(?=\s+[A-Z0-9(“""*]|\s*$)|([。！？])")]
    private static partial Regex SentenceEnd();

    /// <summary>A small chart of a part's papers by year, where the part spans several years.</summary>
    Html? PartChart(Lang lang, Part part)
    {
        var papers = part.Entries.Select(e => bib.PaperById[e.PaperId]).DistinctBy(p => p.Id).Where(p => p.Facts.Year is not null).ToList();
        if (papers.Select(p => p.Facts.Year).Distinct().Count() < 3) return null;
        var segments = papers.GroupBy(p => p.Facts.Year!.Value).Select(g => new YearChart.Segment(g.Key, part.Number, g.Count())).ToList();
        var title = string.Format(CultureInfo.InvariantCulture, t(lang, "part_chart_title"), PartLabel(lang, part.Number));
        var desc = string.Join(lang == Lang.Zh ? "；" : "; ", segments.OrderBy(s => s.Year).Select(s => string.Format(CultureInfo.InvariantCulture, t(lang, "chart_year_count"), s.Year, s.Count)));
        return YearChart.Draw(segments, $"chart-part-{part.Number}", title, desc, _ => PartLabel(lang, part.Number), compact: true);
    }
}
