using System.Globalization;
using Bibliography.Model;
using Bibliography.Text;
using Bibliography.Content;

namespace Bibliography.Pages;

// Browse pages: all papers, tags, years.
public sealed partial class PagePlanner
{
    IEnumerable<PlannedPage> BrowsePages(Lang lang)
    {
        yield return AllPapersPage(lang);
        yield return TagIndexPage(lang);
        foreach (var tag in bib.Tags.Where(tg => bib.Papers.Any(p => p.Facts.Tags.Contains(tg.Id))))
            yield return TagPage(lang, tag);
        yield return YearsPage(lang);
    }

    // Reading order of each paper, built once: a row per paper per browse page would make a list search O(N²).
    Dictionary<Paper, int> PaperOrder => paperOrder ??= bib.Papers.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, (IEqualityComparer<Paper>)ReferenceEqualityComparer.Instance);
    Dictionary<Paper, int>? paperOrder;

    PaperRowView Row(Lang lang, Paper p, string from)
    {
        var title = p.Facts.LocalTitle(lang);
        var other = lang == Lang.Zh ? (title == p.Facts.Title ? null : p.Facts.Title) : p.Facts.TitleZh;
        var order = PaperOrder[p];
        return new PaperRowView(p.Id, SiteUrls.Relative(from, SiteUrls.Paper(lang, p.Id)), title, other, other is null ? null : lang.Other().HtmlLang(),
            Byline(lang, p), p.Facts.Year, string.Join(", ", p.Listings.Select(l => l.Ref)), title.ToLowerInvariant(), order,
            TagLinks(lang, p, from), p.Facts.Kind == PaperKind.Paper ? null : t(lang, "kind_" + p.Facts.Kind.Name()));
    }

    PlannedPage AllPapersPage(Lang lang)
    {
        var path = SiteUrls.AllPapers(lang);
        var view = new AllPapersView(bib.Papers.Select(p => Row(lang, p, path)).ToList());
        return new PlannedPage(path, "layouts/papers.html", lang, view, Layout(lang, path, t(lang, "all_papers_title"), null, "papers"));
    }

    PlannedPage TagIndexPage(Lang lang)
    {
        var path = SiteUrls.Tags(lang);
        var tags = bib.Tags.Select(tg => new TagCountView(tg.Id, tg.Label[lang], SiteUrls.Relative(path, SiteUrls.Tag(lang, tg.Id)), bib.Papers.Count(p => p.Facts.Tags.Contains(tg.Id))))
            .Where(x => x.Count > 0).ToList();
        return new PlannedPage(path, "layouts/tags.html", lang, new TagIndexView(tags), Layout(lang, path, t(lang, "tags_title"), null, "tags"));
    }

    PlannedPage TagPage(Lang lang, Tag tag)
    {
        var path = SiteUrls.Tag(lang, tag.Id);
        var papers = bib.Papers.Where(p => p.Facts.Tags.Contains(tag.Id)).Select(p => Row(lang, p, path)).ToList();
        var view = new TagView(tag.Id, tag.Label[lang], tag.Label[lang.Other()], papers, SiteUrls.Relative(path, SiteUrls.Tags(lang)));
        return new PlannedPage(path, "layouts/tag.html", lang, view, Layout(lang, path, string.Format(t(lang, "tag_title"), tag.Label[lang]), null, "tag"));
    }

    PlannedPage YearsPage(Lang lang)
    {
        var path = SiteUrls.Years(lang);
        var groups = bib.Papers.Where(p => p.Facts.Year is not null).GroupBy(p => p.Facts.Year!.Value).OrderByDescending(g => g.Key)
            .Select(g => new YearGroupView(g.Key, "y" + g.Key.ToString(CultureInfo.InvariantCulture), g.Select(p => Row(lang, p, path)).ToList())).ToList();
        var undated = bib.Papers.Where(p => p.Facts.Year is null).Select(p => Row(lang, p, path)).ToList();
        return new PlannedPage(path, "layouts/years.html", lang, new YearsView(groups, undated), Layout(lang, path, t(lang, "years_title"), null, "years"));
    }

    IEnumerable<PlannedPage> ExtraPages()
    {
        yield break;
    }
}
