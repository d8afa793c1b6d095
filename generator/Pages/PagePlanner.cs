using System.Globalization;
using Bibliography.Content;
using Bibliography.Markup;
using Bibliography.Model;
using Bibliography.Text;

namespace Bibliography.Pages;

/// <summary>
/// Decides every page of the site and builds the flat, localised view each template sees: <c>/</c> (language chooser),
/// and for each language <c>/L/</c>, <c>/L/parts/N/</c>, <c>/L/papers/ID/</c>, the browse pages and the lists beside
/// the numbered list. Pure: the bibliography, the settings, the UI strings and the citations (formatted before
/// planning) in, pages out; nothing is cached or changed while planning, so any page can be planned alone, on any thread.
/// </summary>
public sealed partial class PagePlanner
{
    readonly Model.Bibliography bib;
    readonly SiteUrls urls;
    readonly BuildSettings settings;
    readonly Func<Lang, string, string> t;
    readonly IReadOnlyDictionary<(Lang, string), CiteView> cites;
    readonly Shape shape;
    IReadOnlyDictionary<string, int> order => shape.Order;
    IReadOnlyDictionary<string, (Lang Lang, int Index)> paperFiles => shape.PaperFiles;
    Dictionary<int, (PartEntry[] Items, Dictionary<string, int> ItemOf, string[] PaperIds, Dictionary<string, int> PaperAt)> inParts => shape.InParts;

    /// <summary>
    /// What the planner works out once from the list's shape (which papers, in which order, in which parts), not from
    /// what is written about them: so planning a page costs the same in a part of 10 items or of 3 000, and a planner
    /// for the same list after an edit to some paper's prose reuses it.
    /// </summary>
    sealed class Shape
    {
        public Shape(Model.Bibliography bib)
        {
            Order = bib.Papers.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            PaperFiles = PaperFilesOf(bib).ToDictionary(x => x.File, x => (x.Lang, x.Index), StringComparer.Ordinal);
            // Per part: its numbered items (the sidebar lists them) and its papers in order (previous/next), each with
            // where a paper stands in it.
            InParts = bib.Parts.ToDictionary(p => p.Number, p =>
            {
                var items = p.Entries.Where(e => !e.Listing.IsMention).ToArray();
                var itemOf = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < items.Length; i++) itemOf.TryAdd(items[i].PaperId, i);
                var papers = p.Entries.Select(e => e.PaperId).Distinct().ToArray();
                var at = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < papers.Length; i++) at[papers[i]] = i;
                return (items, itemOf, papers, at);
            });
            Parts = bib.Parts;
            Count = bib.Papers.Count;
        }

        public IReadOnlyDictionary<string, int> Order { get; }
        public IReadOnlyDictionary<string, (Lang Lang, int Index)> PaperFiles { get; }
        public Dictionary<int, (PartEntry[] Items, Dictionary<string, int> ItemOf, string[] PaperIds, Dictionary<string, int> PaperAt)> InParts { get; }
        IReadOnlyList<Part> Parts { get; }
        int Count { get; }

        /// <summary>Whether <paramref name="bib"/> has this shape: its parts are the very ones this was worked out from
        /// (a bibliography patched after prose edits shares them) and it has as many papers.</summary>
        public bool Fits(Model.Bibliography bib) => ReferenceEquals(bib.Parts, Parts) && bib.Papers.Count == Count;
    }

    /// <param name="sameShape">A planner for the same list before an edit to some paper's prose, whose
    /// <see cref="Shape"/> this one reuses when it fits.</param>
    public PagePlanner(Model.Bibliography bib, BuildSettings settings, Func<Lang, string, string> strings, IReadOnlyDictionary<(Lang, string), CiteView> cites,
        PagePlanner? sameShape = null)
    {
        this.bib = bib;
        this.settings = settings;
        this.cites = cites;
        urls = new SiteUrls(settings.BaseUrl);
        t = strings;
        shape = sameShape?.shape is { } known && known.Fits(bib) ? known : new Shape(bib);
    }

    public SiteUrls Urls => urls;

    /// <summary>Every page of the site: the fixed pages, then the paper pages (most of the site).</summary>
    public IReadOnlyList<PlannedPage> Plan() => [.. FixedPages(), .. LangCodes.All.SelectMany(PaperPages)];

    /// <summary>
    /// The pages one at a time, for a build that renders and writes each as it is planned: <see cref="Site.Count"/>
    /// pages, the fixed ones first and then the paper pages, each planned when it is asked for, on the thread that asks
    /// (so the few heavy fixed pages, the lists of every paper, are planned beside the paper pages).
    /// </summary>
    public Site Pages() => new(this, FixedPagePlans());

    /// <summary>
    /// The pages of a build, planned on demand; what the other steps need to know about them without their views. A
    /// page's plan (its views: for a print edition, every paper) is not kept once it is handed out, only its path and
    /// template, so it is garbage as soon as the page is drawn.
    /// </summary>
    public sealed class Site(PagePlanner planner, IReadOnlyList<Func<PlannedPage>> fixedPlans)
    {
        readonly string[] paperFiles = [.. planner.paperFiles.Keys];
        readonly FixedPage?[] fixedPages = new FixedPage?[fixedPlans.Count];

        sealed record FixedPage(string SitePath, string File, string Template, bool InSitemap);

        public int Count => fixedPlans.Count + paperFiles.Length;

        /// <summary>Page <paramref name="i"/> (0 ≤ i &lt; <see cref="Count"/>), planned now (again, if it was asked for before).</summary>
        public PlannedPage At(int i)
        {
            if (i >= fixedPlans.Count) return planner.PaperPageAt(paperFiles[i - fixedPlans.Count])!;
            var page = fixedPlans[i]();
            fixedPages[i] ??= new FixedPage(page.SitePath, page.File, page.Template, page.Layout.Page.BodyClass != "not-found");
            return page;
        }

        /// <summary>A fixed page's path and template, planning it (and dropping its views) if it was not asked for yet.</summary>
        FixedPage Fixed(int i)
        {
            if (fixedPages[i] is null) At(i);
            return fixedPages[i]!;
        }

        /// <summary>Every page's site path, for the sitemap (the not-found page left out).</summary>
        public IEnumerable<string> SitemapPaths => Enumerable.Range(0, fixedPlans.Count).Select(Fixed).Where(p => p.InSitemap).Select(p => p.SitePath)
            .Concat(paperFiles.Select(f => f[..^"index.html".Length]));

        /// <summary>The template that draws the page written to <paramref name="file"/>.</summary>
        public string? TemplateOf(string file) => planner.paperFiles.ContainsKey(file) ? "layouts/paper.html"
            : Enumerable.Range(0, fixedPlans.Count).Select(Fixed).FirstOrDefault(p => p.File == file)?.Template;

        /// <summary>The paper whose page is written to <paramref name="file"/>, if it is a paper page.</summary>
        public string? PaperIdOf(string file) => planner.paperFiles.TryGetValue(file, out var at) ? planner.bib.Papers[at.Index].Id : null;
    }

    /// <summary>Every page but the paper pages, which <see cref="PaperPageAt"/> plans one at a time.</summary>
    public IReadOnlyList<PlannedPage> FixedPages() => [.. FixedPagePlans().Select(plan => plan())];

    /// <summary>How to plan each page but the paper pages, in the site's order.</summary>
    IReadOnlyList<Func<PlannedPage>> FixedPagePlans()
    {
        var plans = new List<Func<PlannedPage>> { Chooser };
        foreach (var lang in LangCodes.All)
        {
            plans.Add(() => Home(lang));
            plans.AddRange(bib.Parts.Select(p => (Func<PlannedPage>)(() => PartPage(lang, p))));
            plans.AddRange(ListPagePlans(lang));
            plans.AddRange(BrowsePagePlans(lang));
            plans.Add(() => SearchPage(lang));
            plans.Add(() => PrintPage(lang, both: false));
            plans.Add(() => PrintPage(lang, both: true));
            plans.Add(() => TranslationsPage(lang));
            plans.Add(() => ChangesPage(lang));
        }
        plans.Add(NotFoundPage);
        return plans;
    }

    /// <summary>The file of each paper's page in each language, with the paper's index, language by language: known from the model alone.</summary>
    public static IEnumerable<(string File, Lang Lang, int Index)> PaperFilesOf(Model.Bibliography bib) =>
        LangCodes.All.SelectMany(lang => bib.Papers.Select((p, i) => (SiteUrls.FileOf(SiteUrls.Paper(lang, p.Id)), lang, i)));

    /// <summary>The files of the paper pages, without planning them.</summary>
    public IReadOnlyCollection<string> PaperFiles => (IReadOnlyCollection<string>)paperFiles.Keys;

    /// <summary>Whether a paper page is written to <paramref name="file"/>.</summary>
    public bool IsPaperFile(string file) => paperFiles.ContainsKey(file);

    /// <summary>The paper page written to <paramref name="file"/>, planned now; null when it is no paper page.</summary>
    public PlannedPage? PaperPageAt(string file) =>
        paperFiles.TryGetValue(file, out var at) ? PaperPage(at.Lang, bib.Papers[at.Index]) : null;

    // Most of the plan: spread over the cores, in order, once there are enough papers to repay starting PLINQ.
    IEnumerable<PlannedPage> PaperPages(Lang lang) =>
        bib.Papers.Count < 500 ? bib.Papers.Select(p => PaperPage(lang, p))
        : bib.Papers.AsParallel().AsOrdered().WithDegreeOfParallelism(settings.Parallelism ?? Environment.ProcessorCount).Select(p => PaperPage(lang, p));

    PlannedPage Chooser()
    {
        var choices = LangCodes.All.Select(l => new ChoiceView(SiteUrls.Relative("", SiteUrls.Home(l)), t(l, "language_name"), l.Code(), l.HtmlLang(),
            bib.Site.Description[l] ?? "")).ToList();
        var view = new ChooserView(choices, bib.Title(Lang.En), bib.Title(Lang.Zh));
        // The chooser belongs to neither language: its title names the site once in each, and it has no sidebar.
        var title = bib.Title(Lang.Zh) == bib.Title(Lang.En) ? bib.Title(Lang.En) : $"{bib.Title(Lang.En)} · {bib.Title(Lang.Zh)}";
        var layout = Layout(Lang.En, SiteUrls.Root, title, bib.Site.Description[Lang.En], "chooser", NoNav);
        return new PlannedPage(SiteUrls.Root, "layouts/chooser.html", null, view, layout with { Page = layout.Page with { SiteTitle = title } });
    }

    static Navigation NoNav { get; } = new(null, [], [], null, null);

    // ---- Words used on many pages ----

    string PartHeading(Lang lang, Part p) => string.Format(CultureInfo.InvariantCulture, t(lang, "part_heading"), lang.PartNumber(p.Number), p.Title[lang]);
    string PartLabel(Lang lang, int number) => string.Format(CultureInfo.InvariantCulture, t(lang, "part_short"), lang.PartNumber(number));
    string ItemLabel(Lang lang, string reference) => string.Format(CultureInfo.InvariantCulture, t(lang, "listed_ref"), reference);
    string Count(Lang lang, string key, int n) => string.Format(CultureInfo.InvariantCulture, t(lang, n == 1 ? key + "_one" : key), n);

    /// <summary>"Vaswani et al. · 2017 · NeurIPS 2017" in the page's language.</summary>
    string? Byline(Lang lang, Paper p)
    {
        var parts = new List<string>();
        var authors = p.Facts.Authors;
        if (authors.Count > 0)
            parts.Add(authors.Count switch
            {
                1 => authors[0],
                2 when authors[1] != "others" => $"{authors[0]}{t(lang, "and")}{authors[1]}",
                _ => authors[0] + t(lang, "et_al"),
            });
        if (p.Facts.Year is { } y) parts.Add(y.ToString(CultureInfo.InvariantCulture));
        if (p.Facts.Venue is not null) parts.Add(p.Facts.Venue);
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    IReadOnlyList<LinkView> TagLinks(Lang lang, Paper p, string from) =>
        p.Facts.Tags.Where(bib.TagById.ContainsKey).Select(id => new LinkView(SiteUrls.Relative(from, SiteUrls.Tag(lang, id)), bib.TagById[id].Label[lang])).ToList();

    string? AuthorsText(Lang lang, IReadOnlyList<string> authors) =>
        authors.Count == 0 ? null : string.Join(", ", authors.Where(a => a != "others")) + (authors.Contains("others") ? t(lang, "and_others") : "");

    /// <summary>Prose with its cross-references linked from the page at <paramref name="from"/>, to pages in the page's language.</summary>
    Html Linked(string html, Lang lang, string from) => new(Xrefs.Link(html, target => target.PaperId is { } id
        ? SiteUrls.Relative(from, SiteUrls.Paper(lang, id))
        : SiteUrls.Relative(from, SiteUrls.Part(lang, target.Part!.Value))));

    /// <summary>A piece of writing in the page's language (or the other, marked as a fallback), linked for the page.</summary>
    TextView? Shown(Bilingual<Prose?> value, Lang want, string from, bool fallback = true)
    {
        if (value[want] is { } here) return new TextView(Linked(here.Html, want, from), want.Code(), want.HtmlLang(), false);
        if (fallback && value[want.Other()] is { } there) return new TextView(Linked(there.Html, want, from), want.Other().Code(), want.Other().HtmlLang(), true);
        return null;
    }

    /// <summary>The same page in the other language: <c>en/papers/x/</c> ↔ <c>zh/papers/x/</c>.</summary>
    static string? SwapLang(string path, Lang lang)
    {
        var prefix = lang.Code() + "/";
        return path.StartsWith(prefix, StringComparison.Ordinal) ? lang.Other().Code() + "/" + path[prefix.Length..] : null;
    }

    // ---- The layout every page shares ----

    /// <summary>The layout of a page in one language; alternates point at the same page in both languages.</summary>
    LayoutView Layout(Lang lang, string path, string pageTitle, string? description, string bodyClass, Navigation nav)
    {
        var siteTitle = bib.Title(lang);
        var otherPath = SwapLang(path, lang);
        var alternates = new List<AlternateView>();
        if (otherPath is not null || path == SiteUrls.Root)
        {
            alternates.Add(new AlternateView(Lang.Zh.HtmlLang(), urls.Absolute(otherPath is null ? SiteUrls.Home(Lang.Zh) : lang == Lang.Zh ? path : otherPath)));
            alternates.Add(new AlternateView(Lang.En.HtmlLang(), urls.Absolute(otherPath is null ? SiteUrls.Home(Lang.En) : lang == Lang.En ? path : otherPath)));
            alternates.Add(new AlternateView("x-default", urls.Absolute(SiteUrls.Root)));
        }
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
        string R(string to) => SiteUrls.Relative(path, to);
        var page = new PageInfo(lang.Code(), lang.HtmlLang(), pageTitle, siteTitle, desc, urls.Absolute(path), bodyClass, meta, null,
            settings.ContentDate ?? "", bib.Site.Author ?? "");
        var languages = new LanguageLinks(alternates, otherPath is null ? null : R(otherPath), t(lang.Other(), "language_name"), lang.Other().HtmlLang());
        var site = new SiteLinks(R(SiteUrls.Root), R(SiteUrls.Home(lang)), R(SiteUrls.Search(lang)), R(SiteUrls.Feed(lang)), R(SiteUrls.Print(lang)),
            R(SiteUrls.AllPapers(lang)), R(SiteUrls.Translations(lang)), R(SiteUrls.Changes(lang)));
        var assets = new AssetLinks(R(SiteUrls.Asset("site.css")), R(SiteUrls.Asset("print.css")), R(SiteUrls.Asset("favicon.svg")), R(SiteUrls.Asset("theme.js")),
            [R(SiteUrls.Asset("site.js"))], SearchScripts(path));
        return new LayoutView(page, languages, site, nav, assets);
    }

    /// <summary>What the header's search box loads when it is first used: the engine, the page code and the index, space-separated.</summary>
    static string SearchScripts(string from) => string.Join(' ',
        SiteUrls.Relative(from, SiteUrls.Asset("vendor/minisearch/minisearch.js")),
        SiteUrls.Relative(from, SiteUrls.Asset("search.js")),
        SiteUrls.Relative(from, SiteUrls.SearchIndex));

    /// <summary>
    /// The sidebar as seen from one page: every part, the part being read open to its items (a window around the
    /// current item in a very long part), the lists beside the numbered list, and the browse pages.
    /// </summary>
    SidebarView Sidebar(Lang lang, string from, int? openPart, string? currentPaper, string? currentBrowse)
    {
        const int ShowAll = 60, Window = 8;
        var parts = bib.Parts.Select(part =>
        {
            var open = part.Number == openPart;
            IReadOnlyList<SidebarItem> items = [];
            int before = 0, after = 0;
            if (open)
            {
                var (all, itemOf, _, _) = inParts[part.Number];
                IEnumerable<PartEntry> entries = all;
                if (all.Length > ShowAll)
                {
                    var at = currentPaper is not null && itemOf.TryGetValue(currentPaper, out var k) ? k : 0;
                    before = Math.Max(0, at - Window);
                    var shown = Math.Min(2 * Window + 1, all.Length - before);
                    after = all.Length - before - shown;
                    entries = all.Skip(before).Take(shown);
                }
                items = entries.Select(e =>
                {
                    var paper = bib.PaperById[e.PaperId];
                    var (label, labelLang) = ShortTitle(paper, lang);
                    return new SidebarItem(e.Listing.Ref, label, SiteUrls.Relative(from, SiteUrls.Paper(lang, paper.Id)), paper.Id,
                        paper.Id == currentPaper, !paper.HasFragment, labelLang);
                }).ToList();
            }
            var href = SiteUrls.Relative(from, SiteUrls.Part(lang, part.Number));
            return new SidebarPart(part.Number, PartLabel(lang, part.Number), part.Title[lang], href, part.ItemCount,
                from == SiteUrls.Part(lang, part.Number), open, items, before, after);
        }).ToList();
        var lists = new List<LinkView> { new(SiteUrls.Relative(from, SiteUrls.Additions(lang)), t(lang, "additions_title") + (bib.Additions.Count > 0 ? $" ({bib.Additions.Count})" : ""), from == SiteUrls.Additions(lang)) };
        if (bib.LeftTheList.Count > 0)
            lists.Add(new(SiteUrls.Relative(from, SiteUrls.LeftTheList(lang)), $"{t(lang, "left_title")} ({bib.LeftTheList.Count})", from == SiteUrls.LeftTheList(lang)));
        (string Target, string Key)[] browse =
        [
            (SiteUrls.AllPapers(lang), "nav_papers"),
            (SiteUrls.Tags(lang), "nav_tags"),
            (SiteUrls.Years(lang), "nav_years"),
            (SiteUrls.Map(lang), "nav_map"),
            (SiteUrls.Changes(lang), "nav_changes"),
            (SiteUrls.Print(lang), "nav_print"),
        ];
        return new SidebarView(parts, lists,
            browse.Select(b => new LinkView(SiteUrls.Relative(from, b.Target), t(lang, b.Key), b.Target == (currentBrowse ?? from))).ToList());
    }

    /// <summary>
    /// A paper's title as short as a list of titles needs: the name before the colon (<c>LoRA</c>, <c>GPT-4</c>) where
    /// there is one, else the whole title. Returns the language it is in, when that differs from the page's.
    /// </summary>
    static (string Label, string? HtmlLang) ShortTitle(Paper p, Lang lang)
    {
        var title = p.Facts.LocalTitle(lang);
        var colon = title.IndexOfAny([':', '：']);
        var label = colon is > 1 and <= 32 ? title[..colon].Trim() : title;
        var inLang = lang == Lang.Zh && p.Facts.TitleZh is null ? Lang.En : lang;
        return (label, inLang == lang ? null : inLang.HtmlLang());
    }

    /// <summary>Home › Part 2 › Item 2.20: the trail to a page, the last step the page itself.</summary>
    IReadOnlyList<LinkView> Crumbs(Lang lang, string from, params (string? Target, string Label)[] steps)
    {
        var list = new List<LinkView> { new(SiteUrls.Relative(from, SiteUrls.Home(lang)), t(lang, "nav_home")) };
        foreach (var (target, label) in steps)
            list.Add(target is null ? new LinkView("", label, true) : new LinkView(SiteUrls.Relative(from, target), label));
        return list;
    }

    /// <summary>The part that lists a paper first, if any.</summary>
    Part? PartOf(Paper p) => p.FirstListing is { } l ? bib.Parts.FirstOrDefault(x => x.Number == l.Part) : null;
}
