using Bibliography.Text;

namespace Bibliography.Pages;

// Flat, already-localised views: what templates see. Templates never see the model.

/// <summary>What the base layout needs on every page, in five small groups.</summary>
public sealed record LayoutView(PageInfo Page, LanguageLinks Languages, SiteLinks Site, Navigation Nav, AssetLinks Assets);

/// <summary>The page itself: language, titles, description, the metadata in its head.</summary>
public sealed record PageInfo(
    string Lang,
    string HtmlLang,
    string Title,
    string SiteTitle,
    string Description,
    string Canonical,
    string BodyClass,
    IReadOnlyList<MetaView> Meta,
    Html? JsonLd,
    string ContentDate,
    string Author)
{
    /// <summary>The document title: the page's, then the site's (once, when they are the same).</summary>
    public string FullTitle => Title == SiteTitle ? SiteTitle : $"{Title} · {SiteTitle}";
}

/// <summary>The same page in the other language, and the alternates search engines read.</summary>
public sealed record LanguageLinks(IReadOnlyList<AlternateView> Alternates, string? SwitchHref, string SwitchLabel, string SwitchHtmlLang);

/// <summary>Links every page has, relative to it: home, search, feeds, data files.</summary>
public sealed record SiteLinks(string Root, string Home, string Search, string? Feed, string? Print, string AllPapers, string Translations, string Changes);

/// <summary>The stylesheets and scripts of a page.</summary>
public sealed record AssetLinks(string Css, string PrintCss, string Favicon, string ThemeScript, IReadOnlyList<string> Scripts, string SearchScripts)
{
    /// <summary>Stylesheets of this page alone, for print (the print edition's running heads).</summary>
    public IReadOnlyList<string> PrintStyles { get; init; } = [];
}

/// <summary>
/// How a reader moves around: the sidebar (every part, the current one open), breadcrumbs, the page's own contents
/// and the previous and next page of a sequence (the items of a part, the parts).
/// </summary>
public sealed record Navigation(SidebarView? Sidebar, IReadOnlyList<LinkView> Breadcrumbs, IReadOnlyList<TocEntry> Toc, LinkView? Prev, LinkView? Next);

/// <summary>The sidebar: the parts of the list, the lists beside it (additions, papers that left), and the browse pages.</summary>
public sealed record SidebarView(IReadOnlyList<SidebarPart> Parts, IReadOnlyList<LinkView> Lists, IReadOnlyList<LinkView> Browse);

/// <summary>
/// One part in the sidebar; <see cref="Open"/> lists its items (the part of the page being read). In a very long part
/// only a window around the current item is listed; <see cref="MoreBefore"/> and <see cref="MoreAfter"/> count the rest.
/// </summary>
public sealed record SidebarPart(int Number, string Label, string Title, string Href, int Count, bool Current, bool Open, IReadOnlyList<SidebarItem> Items,
    int MoreBefore, int MoreAfter);

/// <summary>One item of the open part; <see cref="Wanted"/> marks an item that has no annotation yet.</summary>
public sealed record SidebarItem(string Ref, string Label, string Href, string PaperId, bool Current, bool Wanted, string? HtmlLang);

/// <summary>An entry of a page's own contents (the column beside a long page).</summary>
public sealed record TocEntry(string Anchor, string Label);

public sealed record AlternateView(string HrefLang, string Href);
public sealed record LinkView(string Href, string Label, bool Current = false);
public sealed record MetaView(string Attribute, string Name, string Content);

/// <summary>Text in one language, with whether it is shown in place of a missing translation.</summary>
public sealed record TextView(Html Html, string Lang, string HtmlLang, bool IsFallback);

/// <summary>The language chooser at <c>/</c>.</summary>
public sealed record ChooserView(IReadOnlyList<ChoiceView> Choices, string Title, string TitleZh);
public sealed record ChoiceView(string Href, string Label, string Lang, string HtmlLang, string Description);

/// <summary>One numbered entry as a part page lists it.</summary>
public sealed record ItemView(
    string Ref,
    string Anchor,
    string Href,
    string PaperId,
    string Title,
    string? OtherTitle,
    string? OtherHtmlLang,
    string? Byline,
    string? KindLabel,
    bool IsMention,
    bool HasAnnotation,
    Html? Lead,
    string? LeadHtmlLang,
    CuratorNoteView? Note,
    IReadOnlyList<LinkView> Tags);

/// <summary>
/// The curator's words for one listing: the line as listed (only where it differs from the paper's title), the notes
/// in the original Chinese and, on English pages, their English rendering.
/// </summary>
public sealed record CuratorNoteView(string Ref, string ItemHref, string PartLabel, string PartHref, bool IsMention, Html? AsListed, Html? NotesHtml, Html? NoteEnHtml);

/// <summary>A part as the home page summarises it: title, count and the papers for reading progress.</summary>
public sealed record PartCardView(int Number, string Label, string Title, string Href, int Count, string PaperIds, Html? Sparkline);

/// <summary>One step of the home page's "start here" path.</summary>
public sealed record StartView(string Href, string Ref, string Title, string Why, string PaperId);

/// <summary>The home page of one language: what the list is, its parts, where to start, the preface, downloads.</summary>
public sealed record HomeView(
    string Title,
    string? Lead,
    IReadOnlyList<PartCardView> Parts,
    IReadOnlyList<LinkView> Lists,
    IReadOnlyList<StartView> StartHere,
    TextView? Preface,
    string Stats,
    IReadOnlyList<DownloadView> Downloads);

/// <summary>A file the site offers: label, link, what it is.</summary>
public sealed record DownloadView(string Href, string Label, string Hint);

/// <summary>A part page: its items in the list's order.</summary>
public sealed record PartView(int Number, string Title, string Stats, IReadOnlyList<ItemView> Items, Html? Chart);

/// <summary>A page of papers outside the numbered list (the editor's additions, the papers that left it).</summary>
public sealed record PaperListView(string Title, string Intro, IReadOnlyList<PaperRowView> Papers, string? ContributeHref);
