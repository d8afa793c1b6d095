using System.Globalization;
using Bibliography.Content;
using Bibliography.Model;
using Bibliography.Text;

namespace Bibliography.Pages;

// Browse pages: all papers (filterable), tags, the timeline, the map of relations.
public sealed partial class PagePlanner
{
    IEnumerable<Func<PlannedPage>> BrowsePagePlans(Lang lang)
    {
        yield return () => AllPapersPage(lang);
        yield return () => TagIndexPage(lang);
        foreach (var tag in bib.Tags.Where(tg => bib.Papers.Any(p => p.Facts.Tags.Contains(tg.Id))))
            yield return () => TagPage(lang, tag);
        yield return () => YearsPage(lang);
        yield return () => MapPage(lang);
    }

    PaperRowView Row(Lang lang, Paper p, string from)
    {
        var title = p.Facts.LocalTitle(lang);
        var other = p.Facts.OtherTitle(lang);
        var status = p.Status switch
        {
            PaperStatus.Addition => t(lang, "addition_label"),
            PaperStatus.LeftTheList => t(lang, "left_title"),
            _ => p.HasFragment ? null : t(lang, "wanted_label"),
        };
        // What the table's text filter matches: both titles, authors, venue, tags, refs (lower case).
        var search = string.Join(' ', new[] { p.Facts.Title, p.Facts.TitleZh, string.Join(' ', p.Facts.Authors), p.Facts.Venue, p.Refs }
            .Concat(p.Facts.Tags.Where(bib.TagById.ContainsKey).SelectMany(id => new[] { bib.TagById[id].Label.En, bib.TagById[id].Label.Zh }))
            .Concat(p.Facts.Aliases).Where(s => !string.IsNullOrEmpty(s))).ToLowerInvariant();
        return new PaperRowView(p.Id, SiteUrls.Relative(from, SiteUrls.Paper(lang, p.Id)), title, other, other is null ? null : lang.Other().HtmlLang(),
            Byline(lang, p), p.Facts.Year, p.Refs, title.ToLowerInvariant(), order[p.Id], TagLinks(lang, p, from), KindLabel(lang, p),
            p.Facts.Kind.Name(), string.Join(' ', p.Facts.Tags), string.Join(' ', p.Listings.Select(l => l.Part).Distinct()), search, status);
    }

    PlannedPage AllPapersPage(Lang lang)
    {
        var path = SiteUrls.AllPapers(lang);
        var rows = bib.Papers.Select(p => Row(lang, p, path)).ToList();
        var parts = bib.Parts.Select(p => new FilterOptionView(p.Number.ToString(CultureInfo.InvariantCulture), PartHeading(lang, p))).ToList();
        if (bib.Additions.Count > 0) parts.Add(new FilterOptionView("additions", t(lang, "additions_title")));
        var tags = bib.Tags.Where(tg => bib.Papers.Any(p => p.Facts.Tags.Contains(tg.Id))).Select(tg => new FilterOptionView(tg.Id, tg.Label[lang])).ToList();
        var years = bib.Papers.Where(p => p.Facts.Year is not null).Select(p => p.Facts.Year!.Value).Distinct().OrderDescending()
            .Select(y => new FilterOptionView(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture))).ToList();
        var kinds = bib.Papers.Select(p => p.Facts.Kind).Distinct().Order().Select(k => new FilterOptionView(k.Name(), t(lang, "kind_" + k.Name()))).ToList();
        var view = new AllPapersView(rows, parts, tags, years, kinds, t(lang, "filter_count"));
        var nav = new Navigation(Sidebar(lang, path, null, null, null), Crumbs(lang, path, (null, t(lang, "all_papers_title"))), [], null, null);
        return new PlannedPage(path, "layouts/papers.html", lang, view, Layout(lang, path, t(lang, "all_papers_title"), null, "papers", nav));
    }

    PlannedPage TagIndexPage(Lang lang)
    {
        var path = SiteUrls.Tags(lang);
        var tags = bib.Tags.Select(tg => new TagCountView(tg.Id, tg.Label[lang], SiteUrls.Relative(path, SiteUrls.Tag(lang, tg.Id)), bib.Papers.Count(p => p.Facts.Tags.Contains(tg.Id))))
            .Where(x => x.Count > 0).ToList();
        var nav = new Navigation(Sidebar(lang, path, null, null, null), Crumbs(lang, path, (null, t(lang, "tags_title"))), [], null, null);
        return new PlannedPage(path, "layouts/tags.html", lang, new TagIndexView(tags), Layout(lang, path, t(lang, "tags_title"), null, "tags", nav));
    }

    PlannedPage TagPage(Lang lang, Tag tag)
    {
        var path = SiteUrls.Tag(lang, tag.Id);
        var papers = bib.Papers.Where(p => p.Facts.Tags.Contains(tag.Id)).ToList();
        var title = string.Format(CultureInfo.InvariantCulture, t(lang, "tag_title"), tag.Label[lang]);
        var view = new TagView(tag.Id, tag.Label[lang], tag.Label[lang.Other()], papers.Select(p => Row(lang, p, path)).ToList(),
            SiteUrls.Relative(path, SiteUrls.Tags(lang)), PapersByYear(lang, papers, "chart-tag", string.Format(CultureInfo.InvariantCulture, t(lang, "tag_chart_title"), tag.Label[lang]), minYears: 3, compact: true));
        var nav = new Navigation(Sidebar(lang, path, null, null, SiteUrls.Tags(lang)),
            Crumbs(lang, path, (SiteUrls.Tags(lang), t(lang, "tags_title")), (null, tag.Label[lang])), [], null, null);
        return new PlannedPage(path, "layouts/tag.html", lang, view, Layout(lang, path, title, null, "tag", nav));
    }

    PlannedPage YearsPage(Lang lang)
    {
        var path = SiteUrls.Years(lang);
        var groups = bib.Papers.Where(p => p.Facts.Year is not null).GroupBy(p => p.Facts.Year!.Value).OrderByDescending(g => g.Key)
            .Select(g => new YearGroupView(g.Key, "y" + g.Key.ToString(CultureInfo.InvariantCulture), g.Select(p => Row(lang, p, path)).ToList())).ToList();
        var undated = bib.Papers.Where(p => p.Facts.Year is null).Select(p => Row(lang, p, path)).ToList();
        var chart = PapersByYear(lang, bib.Papers, "chart-years", t(lang, "years_chart_title"), minYears: 1) ?? new Html("");
        var nav = new Navigation(Sidebar(lang, path, null, null, null), Crumbs(lang, path, (null, t(lang, "years_title"))), [], null, null);
        return new PlannedPage(path, "layouts/years.html", lang, new YearsView(chart, groups, undated), Layout(lang, path, t(lang, "years_title"), null, "years", nav));
    }

    /// <summary>
    /// Papers per year of first release, stacked by the part that lists them first (the editor's additions as a series
    /// of their own), with a description that says every number.
    /// </summary>
    Html? PapersByYear(Lang lang, IReadOnlyList<Paper> papers, string id, string title, int minYears, bool compact = false)
    {
        var dated = papers.Where(p => p.Facts.Year is not null).ToList();
        if (dated.Select(p => p.Facts.Year).Distinct().Count() < minYears) return null;
        var additions = bib.Parts.Count + 1;
        int SeriesOf(Paper p) => p.FirstListing?.Part ?? additions;
        var segments = dated.GroupBy(p => (p.Facts.Year!.Value, SeriesOf(p))).Select(g => new YearChart.Segment(g.Key.Item1, g.Key.Item2, g.Count())).ToList();
        string SeriesLabel(int s) => s == additions ? t(lang, "additions_title") : PartLabel(lang, s);
        var sep = lang == Lang.Zh ? "；" : "; ";
        var desc = string.Join(sep, segments.GroupBy(s => s.Year).OrderBy(g => g.Key).Select(g =>
            string.Format(CultureInfo.InvariantCulture, t(lang, "chart_year_count"), g.Key, g.Sum(s => s.Count))
            + " (" + string.Join(", ", g.OrderBy(s => s.Series).Select(s => $"{SeriesLabel(s.Series)} {s.Count}")) + ")"));
        return YearChart.Draw(segments, id, title, desc, SeriesLabel, compact);
    }

    PlannedPage MapPage(Lang lang)
    {
        var path = SiteUrls.Map(lang);
        var map = ListMap.Draw(bib, lang, path, t);
        var relations = bib.Papers.SelectMany(p => p.Relations.Where(r => !r.Reverse && (!r.Type.IsSymmetric() || string.CompareOrdinal(p.Id, r.PaperId) < 0))
                .Select(r => (From: p, r.Type, To: bib.PaperById[r.PaperId])))
            .OrderBy(x => order[x.From.Id]).ThenBy(x => x.Type).ThenBy(x => order[x.To.Id])
            .Select(x => new RelationListView(RowLabel(x.From, lang), SiteUrls.Relative(path, SiteUrls.Paper(lang, x.From.Id)), t(lang, RelationKey(x.Type, false)),
                RowLabel(x.To, lang), SiteUrls.Relative(path, SiteUrls.Paper(lang, x.To.Id)))).ToList();
        var legend = new List<MapLegendView>
        {
            new("builds_on", t(lang, "map_legend_builds_on")),
            new("other", t(lang, "map_legend_other")),
        };
        var view = new MapView(map, t(lang, "map_intro"), legend, relations);
        var nav = new Navigation(Sidebar(lang, path, null, null, null), Crumbs(lang, path, (null, t(lang, "map_title"))), [], null, null);
        return new PlannedPage(path, "layouts/map.html", lang, view, Layout(lang, path, t(lang, "map_title"), null, "map", nav));
    }

    static string RowLabel(Paper p, Lang lang) => (p.Refs is { } r ? r.Split(',')[0] + " " : "") + ShortTitle(p, lang).Label;
}
