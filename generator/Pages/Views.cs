using Bibliography.Text;

namespace Bibliography.Pages;

// Flat, already-localised views: what templates see. Templates never see the model.

/// <summary>What the base layout needs on every page: language, titles, links to the other language, navigation.</summary>
public sealed record LayoutView(
    string Lang,
    string HtmlLang,
    string PageTitle,
    string SiteTitle,
    string Description,
    string Canonical,
    IReadOnlyList<AlternateView> Alternates,
    string? SwitchHref,
    string SwitchLabel,
    string SwitchHtmlLang,
    string Root,
    string HomeHref,
    IReadOnlyList<LinkView> Nav,
    string BodyClass,
    IReadOnlyList<MetaView> Meta,
    Html? JsonLd,
    string? FeedHref,
    string? PrintHref,
    string? SearchHref,
    IReadOnlyList<string> Scripts,
    string Css,
    string PrintCss,
    string Favicon,
    string ContentDate,
    string Author)
{
    /// <summary>Stylesheets of this page alone, for print (the print edition's running heads).</summary>
    public IReadOnlyList<string> Styles { get; init; } = [];
}

public sealed record AlternateView(string HrefLang, string Href);
public sealed record LinkView(string Href, string Label, bool Current = false);
public sealed record MetaView(string Attribute, string Name, string Content);

/// <summary>Text in one language, with whether it is shown in place of a missing translation.</summary>
public sealed record TextView(Html Html, string Lang, string HtmlLang, bool IsFallback);

/// <summary>The language chooser at <c>/</c>.</summary>
public sealed record ChooserView(IReadOnlyList<ChoiceView> Choices, string Title, string TitleZh);
public sealed record ChoiceView(string Href, string Label, string Lang, string HtmlLang, string Description);

/// <summary>One numbered entry as it appears in a part's list.</summary>
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
    bool HasFragment,
    Html SeedLine,
    Html? NotesHtml,
    Html? NoteEnHtml,
    IReadOnlyList<LinkView> Tags);

public sealed record PartSummaryView(int Number, string Title, string Href, string Anchor, int Count, int? DeclaredCount, IReadOnlyList<ItemView> Items);

/// <summary>The home page of one language: introduction and every part with its items.</summary>
public sealed record HomeView(string Title, string? Description, TextView? Intro, IReadOnlyList<PartSummaryView> Parts, int PaperCount, int ItemCount, IReadOnlyList<LinkView> Downloads);

/// <summary>A part page.</summary>
public sealed record PartView(PartSummaryView Part, LinkView? Prev, LinkView? Next);

/// <summary>Where a paper is listed, with the curator's note for that listing.</summary>
public sealed record ListingView(string Ref, string PartTitle, string PartHref, string ItemHref, int PartNumber, Html SeedLine, Html? NotesHtml, Html? NoteEnHtml, bool IsMention);

/// <summary>A paper page.</summary>
public sealed record PaperView(
    string Id,
    string Title,
    string? OtherTitle,
    string? OtherHtmlLang,
    IReadOnlyList<string> Authors,
    string? AuthorsText,
    int? Year,
    string? Venue,
    string KindLabel,
    IReadOnlyList<LinkView> Tags,
    IReadOnlyList<LinkView> Links,
    IReadOnlyList<ListingView> Listings,
    TextView? Annotation,
    TextView? OtherAnnotation,
    TextView? EditorNote,
    LinkView? Prev,
    LinkView? Next,
    string? EditHref,
    bool HasFragment,
    CiteView? Cite);

/// <summary>Citation formats shown on a paper page (filled by the citation stage).</summary>
public sealed record CiteView(string Bibtex, string Ris, Html Formatted, string FormattedStyle, string BibtexKey);
