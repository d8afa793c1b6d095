using Bibliography.Text;
using Bibliography.Markup;
using Bibliography.Content;
using Bibliography.Model;

namespace Bibliography.Pages;

/// <summary>
/// Decides every page of the site and builds the flat, localised view each template sees:
/// <c>/</c> (language chooser), and for each language <c>/L/</c>, <c>/L/parts/N/</c>, <c>/L/papers/ID/</c> and the browse pages.
/// Pure: the bibliography and settings in, pages out.
/// </summary>
public sealed partial class PagePlanner
{
    readonly Model.Bibliography bib;
    readonly SiteUrls urls;
    readonly BuildSettings settings;
    readonly Func<Lang, string, string> t;

    public PagePlanner(Model.Bibliography bib, BuildSettings settings, Func<Lang, string, string> strings)
    {
        this.bib = bib;
        this.settings = settings;
        urls = new SiteUrls(settings.BaseUrl);
        t = strings;
    }

    public SiteUrls Urls => urls;

    public IReadOnlyList<PlannedPage> Plan()
    {
        var pages = new List<PlannedPage> { Chooser() };
        foreach (var lang in LangCodes.All)
        {
            pages.Add(Home(lang));
            pages.AddRange(bib.Parts.Select(p => PartPage(lang, p)));
            pages.AddRange(PaperPages(lang));
            pages.AddRange(BrowsePages(lang));
            pages.Add(SearchPage(lang));
            pages.AddRange(PrintPages(lang));
            pages.Add(TranslationsPage(lang));
        }
        pages.AddRange(ExtraPages());
        pages.Add(NotFoundPage());
        return pages;
    }

    PlannedPage Chooser()
    {
        var choices = LangCodes.All.Select(l => new ChoiceView(SiteUrls.Relative("", SiteUrls.Home(l)), t(l, "language_name"), l.Code(), l.HtmlLang(),
            bib.Site.Description[l] ?? "")).ToList();
        var view = new ChooserView(choices, bib.Title(Lang.En), bib.Title(Lang.Zh));
        // The chooser belongs to neither language: no navigation into one of them.
        var layout = Layout(Lang.Zh, SiteUrls.Root, $"{bib.Title(Lang.Zh)} · {bib.Title(Lang.En)}", null, "chooser") with { Nav = [] };
        return new PlannedPage(SiteUrls.Root, "layouts/chooser.html", null, view, layout);
    }

    PlannedPage Home(Lang lang)
    {
        var path = SiteUrls.Home(lang);
        TextView? intro = null;
        if (lang == Lang.Zh || bib.Site.PrefaceEnMarkdown is null)
            intro = bib.PrefaceZhLines.Count == 0 ? null : new TextView(Html.Paragraphs(bib.PrefaceZhLines), "zh", Lang.Zh.HtmlLang(), lang != Lang.Zh);
        else
            intro = new TextView(new Html(MarkdownRenderer.ToHtml(bib.Site.PrefaceEnMarkdown)), "en", Lang.En.HtmlLang(), false);
        var parts = bib.Parts.Select(p => PartSummary(lang, p, path, withNotes: false)).ToList();
        var downloads = new List<LinkView>
        {
            new(SiteUrls.Relative(path, "papers.json"), "papers.json"),
        };
        downloads.AddRange(PrintDownloads(lang, path));
        var view = new HomeView(bib.Title(lang), bib.Site.Description[lang], intro, parts, bib.Papers.Count, bib.Parts.Sum(p => p.Entries.Where(e => !e.Listing.IsMention).Select(e => e.Listing.Number).Distinct().Count()), downloads);
        return new PlannedPage(path, "layouts/home.html", lang, view, Layout(lang, path, bib.Title(lang), bib.Site.Description[lang], "home"));
    }

    PlannedPage PartPage(Lang lang, Part part)
    {
        var path = SiteUrls.Part(lang, part.Number);
        var index = bib.Parts.ToList().IndexOf(part);
        LinkView? Link(Part? p) => p is null ? null : new LinkView(SiteUrls.Relative(path, SiteUrls.Part(lang, p.Number)), PartHeading(lang, p));
        var view = new PartView(PartSummary(lang, part, path, withNotes: true),
            Link(index > 0 ? bib.Parts[index - 1] : null), Link(index + 1 < bib.Parts.Count ? bib.Parts[index + 1] : null));
        return new PlannedPage(path, "layouts/part.html", lang, view, Layout(lang, path, PartHeading(lang, part), null, "part"));
    }

    string PartHeading(Lang lang, Part p) => string.Format(t(lang, "part_heading"), p.Number, p.Title[lang]);

    PartSummaryView PartSummary(Lang lang, Part part, string from, bool withNotes)
    {
        var items = part.Entries.Select(e => Item(lang, e, from, withNotes)).ToList();
        return new PartSummaryView(part.Number, PartHeading(lang, part), SiteUrls.Relative(from, SiteUrls.Part(lang, part.Number)),
            $"part-{part.Number}", part.Entries.Where(e => !e.Listing.IsMention).Select(e => e.Listing.Number).Distinct().Count(), part.DeclaredCount, items);
    }

    ItemView Item(Lang lang, PartEntry entry, string from, bool withNotes)
    {
        var paper = bib.PaperById[entry.PaperId];
        var l = entry.Listing;
        var title = paper.Facts.LocalTitle(lang);
        var other = lang == Lang.Zh ? (title == paper.Facts.Title ? null : paper.Facts.Title) : paper.Facts.TitleZh;
        return new ItemView(l.Ref, l.Anchor, SiteUrls.Relative(from, SiteUrls.Paper(lang, paper.Id)), paper.Id, title, other,
            other is null ? null : lang.Other().HtmlLang(), Byline(lang, paper), paper.Facts.Kind == PaperKind.Paper ? null : t(lang, "kind_" + paper.Facts.Kind.Name()),
            l.IsMention, paper.HasFragment, CuratorText.Line(l.SeedLine),
            withNotes && l.NoteLines.Count > 0 ? CuratorText.Paragraphs(l.NoteLines) : null,
            withNotes && lang == Lang.En && l.NoteEn is not null ? Html.Paragraphs(l.NoteEn.Split('\n').Select(s => s.Trim())) : null,
            TagLinks(lang, paper, from));
    }

    /// <summary>"Vaswani et al. · 2017 · NeurIPS 2017" in the page's language.</summary>
    string? Byline(Lang lang, Paper p)
    {
        var parts = new List<string>();
        if (p.Facts.Authors.Count > 0)
            parts.Add(p.Facts.Authors.Count switch
            {
                1 => p.Facts.Authors[0],
                2 when p.Facts.Authors[1] != "others" => $"{p.Facts.Authors[0]}{t(lang, "and")}{p.Facts.Authors[1]}",
                _ => p.Facts.Authors[0] + t(lang, "et_al"),
            });
        if (p.Facts.Year is { } y) parts.Add(y.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (p.Facts.Venue is not null) parts.Add(p.Facts.Venue);
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    IReadOnlyList<LinkView> TagLinks(Lang lang, Paper p, string from) =>
        p.Facts.Tags.Where(bib.TagById.ContainsKey).Select(id => new LinkView(SiteUrls.Relative(from, SiteUrls.Tag(lang, id)), bib.TagById[id].Label[lang])).ToList();

    PlannedPage PaperPage(Lang lang, Paper paper, int index)
    {
        var path = SiteUrls.Paper(lang, paper.Id);
        var title = paper.Facts.LocalTitle(lang);
        var other = lang == Lang.Zh ? (title == paper.Facts.Title ? null : paper.Facts.Title) : paper.Facts.TitleZh;

        var links = new List<LinkView>();
        if (paper.Facts.ArxivAbsUrl is { } abs) links.Add(new LinkView(abs, $"arXiv:{paper.Facts.Arxiv}"));
        if (paper.Facts.ArxivPdfUrl is { } pdf) links.Add(new LinkView(pdf, "PDF"));
        else if (paper.Facts.Pdf is { } p) links.Add(new LinkView(p, "PDF"));
        if (paper.Facts.DoiUrl is { } doi) links.Add(new LinkView(doi, $"DOI {paper.Facts.Doi}"));
        if (paper.Facts.Url is { } u && u != paper.Facts.Pdf) links.Add(new LinkView(u, t(lang, paper.Facts.Kind == PaperKind.Repository ? "link_repository" : paper.Facts.Kind == PaperKind.BlogPost ? "link_post" : "link_page")));
        if (paper.Facts.Code is { } code) links.Add(new LinkView(code, t(lang, "link_code")));

        var listings = paper.Listings.Select(l =>
        {
            var part = bib.Parts.First(p => p.Number == l.Part);
            var partHref = SiteUrls.Relative(path, SiteUrls.Part(lang, l.Part));
            return new ListingView(l.Ref, PartHeading(lang, part), partHref, partHref + "#" + l.Anchor, l.Part, CuratorText.Line(l.SeedLine),
                l.NoteLines.Count > 0 ? CuratorText.Paragraphs(l.NoteLines) : null,
                l.NoteEn is not null ? Html.Paragraphs(l.NoteEn.Split('\n').Select(s => s.Trim())) : null, l.IsMention);
        }).ToList();

        TextView? Text(Bilingual<string?> value, Lang want, bool raw)
        {
            var (text, got, fallback) = value.Pick(want);
            return text is null ? null : new TextView(raw ? Linked(text, lang, path) : Html.Paragraphs(text.Split('\n').Select(s => s.Trim())), got.Code(), got.HtmlLang(), fallback);
        }
        var annotation = Text(paper.Writing.Annotation.Html(), lang, raw: true);
        var otherAnnotation = paper.Writing.Annotation.Html()[lang.Other()] is { } o ? new TextView(Linked(o, lang, path), lang.Other().Code(), lang.Other().HtmlLang(), false) : null;

        LinkView? Neighbour(int i) => i < 0 || i >= bib.Papers.Count ? null
            : new LinkView(SiteUrls.Relative(path, SiteUrls.Paper(lang, bib.Papers[i].Id)), bib.Papers[i].Facts.LocalTitle(lang));

        var view = new PaperView(paper.Id, title, other, other is null ? null : lang.Other().HtmlLang(),
            paper.Facts.Authors.Where(a => a != "others").ToList(), AuthorsText(lang, paper.Facts.Authors), paper.Facts.Year, paper.Facts.Venue,
            t(lang, "kind_" + paper.Facts.Kind.Name()), TagLinks(lang, paper, path), links, listings, annotation, otherAnnotation,
            Text(paper.Writing.EditorNote.Html(), lang, raw: true), Neighbour(index - 1), Neighbour(index + 1), EditHref(paper), paper.HasFragment,
            Cite(lang, paper));
        var layout = Layout(lang, path, title, Describe(lang, paper), "paper");
        return new PlannedPage(path, "layouts/paper.html", lang, view, layout with { Meta = [.. layout.Meta, .. PaperMeta(lang, paper, path)], JsonLd = PaperJsonLd(lang, paper, path) });
    }

    string? AuthorsText(Lang lang, IReadOnlyList<string> authors) =>
        authors.Count == 0 ? null : string.Join(", ", authors.Where(a => a != "others")) + (authors.Contains("others") ? t(lang, "and_others") : "");

    string Describe(Lang lang, Paper p)
    {
        var (text, _, _) = p.Writing.Annotation.Text().Pick(lang);
        if (text is null) return string.Join(" · ", new[] { p.Facts.Title, Byline(lang, p) }.Where(s => s is not null));
        return text.Length <= 200 ? text : text[..197] + "…";
    }

    string? EditHref(Paper p)
    {
        var repo = settings.RepositoryUrl ?? bib.Site.Repository;
        if (string.IsNullOrWhiteSpace(repo)) return null;
        var branch = bib.Site.Branch ?? "main";
        repo = repo.TrimEnd('/');
        return p.HasFragment
            ? $"{repo}/edit/{branch}/{p.SourcePath}"
            : $"{repo}/new/{branch}/content/papers?filename={Uri.EscapeDataString(p.Id + ".md")}";
    }

    /// <summary>Prose with its cross-references linked from the page at <paramref name="from"/>, to pages in the page's language.</summary>
    Html Linked(string html, Lang lang, string from) => new(Xrefs.Link(html, target => target.PaperId is { } id
        ? SiteUrls.Relative(from, SiteUrls.Paper(lang, id))
        : SiteUrls.Relative(from, SiteUrls.Part(lang, target.Part!.Value))));

    /// <summary>The layout of a page in one language; alternates point at the same page in both languages.</summary>
    LayoutView Layout(Lang lang, string path, string pageTitle, string? description, string bodyClass)
    {
        var siteTitle = bib.Title(lang);
        var otherPath = SwapLang(path, lang);
        var alternates = new List<AlternateView>();
        if (otherPath is not null)
        {
            alternates.Add(new AlternateView(Lang.Zh.HtmlLang(), urls.Absolute(lang == Lang.Zh ? path : otherPath)));
            alternates.Add(new AlternateView(Lang.En.HtmlLang(), urls.Absolute(lang == Lang.En ? path : otherPath)));
            alternates.Add(new AlternateView("x-default", urls.Absolute(SiteUrls.Root)));
        }
        else if (path == SiteUrls.Root)
        {
            alternates.Add(new AlternateView(Lang.Zh.HtmlLang(), urls.Absolute(SiteUrls.Home(Lang.Zh))));
            alternates.Add(new AlternateView(Lang.En.HtmlLang(), urls.Absolute(SiteUrls.Home(Lang.En))));
            alternates.Add(new AlternateView("x-default", urls.Absolute(SiteUrls.Root)));
        }
        var nav = NavFor(lang, path);
        var title = pageTitle == siteTitle ? siteTitle : $"{pageTitle} · {siteTitle}";
        var desc = description ?? bib.Site.Description[lang] ?? siteTitle;
        var meta = new List<MetaView>
        {
            new("property", "og:title", pageTitle),
            new("property", "og:description", desc),
            new("property", "og:type", bodyClass == "paper" ? "article" : "website"),
            new("property", "og:url", urls.Absolute(path)),
            new("property", "og:site_name", siteTitle),
            new("property", "og:locale", lang == Lang.Zh ? "zh_CN" : "en_US"),
            new("name", "twitter:card", "summary"),
            new("name", "twitter:title", pageTitle),
            new("name", "twitter:description", desc),
        };
        return new LayoutView(lang.Code(), lang.HtmlLang(), pageTitle, siteTitle, desc, urls.Absolute(path), alternates,
            otherPath is null ? null : SiteUrls.Relative(path, otherPath), t(lang.Other(), "language_name"), lang.Other().HtmlLang(),
            SiteUrls.Relative(path, SiteUrls.Root), SiteUrls.Relative(path, SiteUrls.Home(lang)), nav, bodyClass, meta, null,
            SiteUrls.Relative(path, SiteUrls.Feed(lang)), SiteUrls.Relative(path, SiteUrls.Print(lang)), SiteUrls.Relative(path, SiteUrls.Search(lang)),
            [SiteUrls.Relative(path, SiteUrls.Asset("site.js"))], SiteUrls.Relative(path, SiteUrls.Asset("site.css")),
            SiteUrls.Relative(path, SiteUrls.Asset("print.css")), SiteUrls.Relative(path, SiteUrls.Asset("favicon.svg")), settings.ContentDate ?? "", bib.Site.Author ?? "");
    }

    /// <summary>The same page in the other language: <c>en/papers/x/</c> ↔ <c>zh/papers/x/</c>.</summary>
    static string? SwapLang(string path, Lang lang)
    {
        var prefix = lang.Code() + "/";
        return path.StartsWith(prefix, StringComparison.Ordinal) ? lang.Other().Code() + "/" + path[prefix.Length..] : null;
    }

    IReadOnlyList<LinkView> NavFor(Lang lang, string path)
    {
        (string Target, string Key)[] items =
        [
            (SiteUrls.Home(lang), "nav_home"),
            (SiteUrls.AllPapers(lang), "nav_papers"),
            (SiteUrls.Tags(lang), "nav_tags"),
            (SiteUrls.Years(lang), "nav_years"),
            (SiteUrls.Search(lang), "nav_search"),
        ];
        return items.Select(i => new LinkView(SiteUrls.Relative(path, i.Target), t(lang, i.Key), path == i.Target)).ToList();
    }
}
